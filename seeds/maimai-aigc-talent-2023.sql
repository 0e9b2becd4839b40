-- Seed: 2023 AIGC人才趋势报告 (Maimai / 脉脉高聘人才智库, published 2023-03-30,
-- data range 2022-02 to 2023-02).
--
-- Source: the text extraction of the report's PDF kept in
-- shared/seeds/000_4fdffe352e28f7f1.txt (a web page's text layer). Chart labels
-- there are often interleaved or out of order. Each block below quotes the
-- extracted text of one chart, says how its figures were mapped to labels, and
-- why. Where a mapping is not decided by the report's prose or by arithmetic,
-- the rows (or the dataset) carry `uncertain = 1` with a note the API returns.
--
-- Figures are TEXT exactly as printed ('5.80' keeps its zero, '100' has none).
--
-- Page numbers: the extraction prints page markers (—N—) at the END of each
-- page's text; the contents page (PAGE3/PAGE7/PAGE11/PAGE18 for the four
-- section dividers) confirms this reading. Pages 4 and 6 have no marker in the
-- extraction; their numbers are inferred from the neighbours —3— and —5—, —5—
-- and —7—, and `page_printed` is NULL for them.
--
-- Loading is idempotent: the file first deletes its report (rows cascade) and
-- then inserts everything again; the loader runs it in one transaction and only
-- when the file's SHA-256 differs from the one recorded at the last load.

DELETE FROM reports WHERE id = 'maimai-aigc-talent-2023';

INSERT INTO reports (id, title, title_en, publisher, publisher_en, published_on,
                     data_range_start, data_range_end, source, revised_at, notes)
VALUES ('maimai-aigc-talent-2023',
        '2023 AIGC人才趋势报告',
        '2023 AIGC Talent Trends Report',
        '脉脉高聘人才智库',
        'Maimai Gaopin Talent Think Tank',
        '2023-03-30',
        '2022-02', '2023-02',
        'Text extraction of the report PDF (shared/seeds/000_4fdffe352e28f7f1.txt, from 发现报告 fxbaogao.com)',
        '2026-11-29T16:00:00Z',
        'AIGC = AI-generated content. Talent figures describe professionals on Maimai whose profiles relate to AIGC; posting figures describe job postings on Maimai.');

-- ---------------------------------------------------------------------------
-- Chart 1, page 4: 近一年AIGC相关内容热度指数变化 (热度指数)
--
-- Extracted text (value labels, then y-axis ticks, then x-axis labels):
--   95.12 84.05 42.79 41.37 37.64 20.49 26.44 38.41 20.30 15.80 15.93 22.41 20.35
--   100.00 90.00 ... 10.00 | 2022年2月 ... 2023年2月 | 0.00
-- Thirteen values for thirteen months; the axis ticks (0.00-100.00 by 10) are
-- not data. The prose fixes the shape but not the order: "职场人在2022年5月、8月
-- 和2023年2月三个节点最关注AIGC" -- the series peaks in 2022-05, 2022-08 and
-- 2023-02.
--
-- Neither simple reading of the value order agrees with that prose:
--   * as extracted (oldest first) the series would peak in 2022-02 (95.12),
--     before any of the events the page describes;
--   * newest first -- the order in which the report's other time series, the
--     growth chart on page 12, prints its values, an order its prose fixes --
--     puts 95.12 in 2023-02 and a steady rise from 2022-09 to 2023-02 (the
--     ChatGPT months), but its mid-year peaks fall in 2022-03 and 2022-07.
-- Reading used: the arrangement closest to newest-first (fewest exchanges of
-- neighbouring values) whose peaks are exactly 2022-05, 2022-08 and 2023-02. A
-- search over all arrangements finds exactly one at the minimum of four
-- exchanges (the test heat_index_reading_is_the_unique_closest_to_newest_first
-- repeats that search): 15.93 moves from 2022-04 to 2022-02 and 38.41 from
-- 2022-07 to 2022-05. Months 2022-08 to 2023-02 read the same in both.
-- Other measures of closeness (counting the values left in place, say) can
-- pick other arrangements with the same peaks: one more reason the months are
-- flagged.
-- The whole dataset is marked uncertain; the six months 2022-02 to 2022-07,
-- where the two readings differ, are marked row by row. `printed_position`
-- keeps each value's place in the extracted order, so that any other reading
-- can be rebuilt from the data.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'heat-index',
        '近一年AIGC相关内容热度指数变化',
        'Heat index of AIGC-related content over the past year',
        4, NULL, '热度指数', 'index points (Maimai 热区 heat index, axis 0-100)',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Thirteen value labels for thirteen months; the y-axis ticks 0.00-100.00 are not data. The extraction does not keep the values in month order; see the uncertainty note for the reading used.',
        1,
        'The month of each value is reconstructed, not printed next to it. Neither the extracted order (its peak would fall in 2022-02) nor its reverse (peaks in 2022-03 and 2022-07) matches the prose, which names peaks in 2022-05, 2022-08 and 2023-02. The values are arranged in the one order that needs the fewest exchanges of neighbouring values (four) from newest-first, the order in which the report prints its other time series (page 12), and has exactly those three peaks. Other measures of closeness can pick other arrangements with the same peaks. 2022-08 to 2023-02 read the same as newest-first; the six months 2022-02 to 2022-07 are flagged row by row. printed_position gives each value''s place in the extracted text.');

INSERT INTO heat_index (report_id, month, month_label, month_label_en, heat_index, printed_position, uncertain, uncertainty_note) VALUES
 ('maimai-aigc-talent-2023', '2022-02', '2022年2月', 'February 2022', '15.93', 11, 1, 'Newest-first gives 20.35 here. The reading used moves 15.93 here from 2022-04 and 38.41 from 2022-07 to 2022-05 (four exchanges of neighbours): then 2022-02 is not a peak and the first peak is 2022-05, as the prose says.'),
 ('maimai-aigc-talent-2023', '2022-03', '2022年3月', 'March 2022', '20.35', 13, 1, 'Newest-first gives 22.41 here; in the reading used 20.35 and 22.41 move one month later to make room for 15.93 in 2022-02.'),
 ('maimai-aigc-talent-2023', '2022-04', '2022年4月', 'April 2022', '22.41', 12, 1, 'Newest-first gives 15.93 here; in the reading used 20.35 and 22.41 move one month later to make room for 15.93 in 2022-02.'),
 ('maimai-aigc-talent-2023', '2022-05', '2022年5月', 'May 2022', '38.41', 8, 1, 'Newest-first gives 15.80 here; 38.41 moves here from 2022-07 because the prose names 2022-05 (DALL-E 2) as a peak.'),
 ('maimai-aigc-talent-2023', '2022-06', '2022年6月', 'June 2022', '15.80', 10, 1, 'Newest-first gives 20.30 here; 15.80 and 20.30 move one month later to make room for 38.41 in 2022-05.'),
 ('maimai-aigc-talent-2023', '2022-07', '2022年7月', 'July 2022', '20.30', 9, 1, 'Newest-first gives 38.41 here, a peak the prose does not name; 15.80 and 20.30 move one month later to make room for 38.41 in 2022-05.'),
 ('maimai-aigc-talent-2023', '2022-08', '2022年8月', 'August 2022', '26.44', 7, 0, NULL),
 ('maimai-aigc-talent-2023', '2022-09', '2022年9月', 'September 2022', '20.49', 6, 0, NULL),
 ('maimai-aigc-talent-2023', '2022-10', '2022年10月', 'October 2022', '37.64', 5, 0, NULL),
 ('maimai-aigc-talent-2023', '2022-11', '2022年11月', 'November 2022', '41.37', 4, 0, NULL),
 ('maimai-aigc-talent-2023', '2022-12', '2022年12月', 'December 2022', '42.79', 3, 0, NULL),
 ('maimai-aigc-talent-2023', '2023-01', '2023年1月', 'January 2023', '84.05', 2, 0, NULL),
 ('maimai-aigc-talent-2023', '2023-02', '2023年2月', 'February 2023', '95.12', 1, 0, NULL);

-- ---------------------------------------------------------------------------
-- Chart 2, page 8: AIGC人才主要分布行业TOP10
--
-- Extracted text (label then value, in rank order):
--   纯互联网 15.91% 电子商务&新零售 7.65% 企业数字化服务 6.56% 人工智能 6.45% 通信 5.80%
--   智能硬件 4.52% 新生活服务 3.92% 新生活服务 3.77% 电子 3.31% 新能源汽车 1.85%
-- Label/value pairs are adjacent and the values fall monotonically, so rank =
-- order. The prose confirms 人工智能 = 6.45% ("人工智能行业的AIGC人才保有量仅为
-- 6.45%") and 纯互联网 first ("纯互联网行业AIGC人才储备量最多").
-- The label 新生活服务 is printed twice (ranks 7 and 8). One of the two is
-- presumably another industry; the text does not say which, so both rows keep
-- the printed label and are marked uncertain. A TOP10 is not a full
-- distribution: the ten shares sum to 59.74, not 100.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'talent-industries',
        'AIGC人才主要分布行业TOP10',
        'Top 10 industries by share of AIGC talent',
        8, '—8—', '%', 'percent of AIGC talent',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Label and value pairs are adjacent in the text and in rank order; the prose confirms 人工智能 = 6.45% and 纯互联网 first. Top 10 only: the shares sum to 59.74, not 100.',
        1,
        'The chart prints 新生活服务 twice (rank 7, 3.92%, and rank 8, 3.77%). One of them is presumably another industry the text does not name; both keep the printed label.');

INSERT INTO talent_industries (report_id, rank, industry, industry_en, share_pct, uncertain, uncertainty_note) VALUES
 ('maimai-aigc-talent-2023', 1, '纯互联网', 'Pure internet', '15.91', 0, NULL),
 ('maimai-aigc-talent-2023', 2, '电子商务&新零售', 'E-commerce & new retail', '7.65', 0, NULL),
 ('maimai-aigc-talent-2023', 3, '企业数字化服务', 'Enterprise digital services', '6.56', 0, NULL),
 ('maimai-aigc-talent-2023', 4, '人工智能', 'Artificial intelligence', '6.45', 0, NULL),
 ('maimai-aigc-talent-2023', 5, '通信', 'Telecommunications', '5.80', 0, NULL),
 ('maimai-aigc-talent-2023', 6, '智能硬件', 'Smart hardware', '4.52', 0, NULL),
 ('maimai-aigc-talent-2023', 7, '新生活服务', 'New lifestyle services', '3.92', 1, 'Label printed twice in this chart (ranks 7 and 8); one of the two is presumably a different industry.'),
 ('maimai-aigc-talent-2023', 8, '新生活服务', 'New lifestyle services', '3.77', 1, 'Label printed twice in this chart (ranks 7 and 8); one of the two is presumably a different industry.'),
 ('maimai-aigc-talent-2023', 9, '电子', 'Electronics', '3.31', 0, NULL),
 ('maimai-aigc-talent-2023', 10, '新能源汽车', 'New-energy vehicles', '1.85', 0, NULL);

-- ---------------------------------------------------------------------------
-- Chart 3, page 9: AIGC人才主要分布城市TOP10
--
-- Extracted text: 北京 31.42% 上海 17.93% 深圳 11.44% 杭州 8.06% 广州 4.57% 成都 3.18%
--                 南京 2.13% 武汉 1.76% 西安 1.48% 苏州 1.48%
-- Pairs adjacent, values monotonic: rank = order. The prose agrees: Beijing
-- (31.42) holds more than Shanghai and Shenzhen together (29.37); the three
-- hold "六成以上" (60.79); Beijing "独占三分之一" (31.42, about a third).
-- 西安 and 苏州 tie at 1.48; their ranks 9 and 10 follow the printed order.
-- Top 10 only: the shares sum to 83.45.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'talent-cities',
        'AIGC人才主要分布城市TOP10',
        'Top 10 cities by share of AIGC talent',
        9, '—9—', '%', 'percent of AIGC talent',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Label and value pairs are adjacent in the text and in rank order; the prose (Beijing more than Shanghai and Shenzhen together; the three together over 60%) agrees. 西安 and 苏州 tie at 1.48% and keep the printed order. Top 10 only: the shares sum to 83.45.',
        0, NULL);

INSERT INTO talent_cities (report_id, rank, city, city_en, share_pct) VALUES
 ('maimai-aigc-talent-2023', 1, '北京', 'Beijing', '31.42'),
 ('maimai-aigc-talent-2023', 2, '上海', 'Shanghai', '17.93'),
 ('maimai-aigc-talent-2023', 3, '深圳', 'Shenzhen', '11.44'),
 ('maimai-aigc-talent-2023', 4, '杭州', 'Hangzhou', '8.06'),
 ('maimai-aigc-talent-2023', 5, '广州', 'Guangzhou', '4.57'),
 ('maimai-aigc-talent-2023', 6, '成都', 'Chengdu', '3.18'),
 ('maimai-aigc-talent-2023', 7, '南京', 'Nanjing', '2.13'),
 ('maimai-aigc-talent-2023', 8, '武汉', 'Wuhan', '1.76'),
 ('maimai-aigc-talent-2023', 9, '西安', 'Xi''an', '1.48'),
 ('maimai-aigc-talent-2023', 10, '苏州', 'Suzhou', '1.48');

-- ---------------------------------------------------------------------------
-- Chart 4, page 10: AIGC人才年龄分布情况 / 互联网行业人才年龄分布情况
--
-- Extracted text (two donut charts, titles printed AIGC first):
--   30-35岁 30-35岁 34.82% 45岁以上 2.37% 20-25岁 5.41% 40-45岁 9.62% 35-40岁 16.15%
--   25-30岁 31.63% 34.24% 20-25岁 2.71% 45岁以上3.13% 40-45岁 11.46% 35-40岁 19.98%
--   25-30岁 28.48%
-- Two blocks of six label/value pairs (label first: "45岁以上3.13%" is one
-- string). The two 30-35岁 labels are printed together at the start; 34.82%
-- belongs to the first block and 34.24% opens the second, because only then
-- does each block sum to 100.00 (with the two swapped they sum to 99.42 and
-- 100.58).
--   Block A: 20-25 5.41, 25-30 31.63, 30-35 34.82, 35-40 16.15, 40-45 9.62, 45+ 2.37
--   Block B: 20-25 2.71, 25-30 28.48, 30-35 34.24, 35-40 19.98, 40-45 11.46, 45+ 3.13
-- Which block is AIGC is decided by the prose, not by the printed title order:
--   "34.5%以上AIGC人才在35岁以上, 比互联网行业高出6%": over 35 is 34.57 in B and
--   28.14 in A; B - A = 6.43 points.
--   "AIGC领域人才三成小于30岁": under 30 is 31.19 in B (37.04 in A).
--   "AIGC领域近七成从业者年龄大于30岁": over 30 is 68.81 in B (62.96 in A).
-- All three statements hold only with B = AIGC, A = internet industry.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'talent-ages',
        'AIGC人才年龄分布情况 / 互联网行业人才年龄分布情况',
        'Age distribution of AIGC talent and of internet-industry talent',
        10, '—10—', '%', 'percent of the cohort',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'The text holds two blocks of six label/value pairs; each sums to 100.00 only with 34.82% in the first and 34.24% in the second. The second block is AIGC talent: only then do the prose statements hold (34.57% over 35, 6.43 points above the internet industry; 31.19% under 30; 68.81% over 30).',
        0, NULL);

INSERT INTO talent_ages (report_id, cohort, cohort_label, cohort_label_en, band_order, age_band, age_band_en, share_pct) VALUES
 ('maimai-aigc-talent-2023', 'aigc', 'AIGC人才年龄分布情况', 'AIGC talent', 1, '20-25岁', '20-25 years', '2.71'),
 ('maimai-aigc-talent-2023', 'aigc', 'AIGC人才年龄分布情况', 'AIGC talent', 2, '25-30岁', '25-30 years', '28.48'),
 ('maimai-aigc-talent-2023', 'aigc', 'AIGC人才年龄分布情况', 'AIGC talent', 3, '30-35岁', '30-35 years', '34.24'),
 ('maimai-aigc-talent-2023', 'aigc', 'AIGC人才年龄分布情况', 'AIGC talent', 4, '35-40岁', '35-40 years', '19.98'),
 ('maimai-aigc-talent-2023', 'aigc', 'AIGC人才年龄分布情况', 'AIGC talent', 5, '40-45岁', '40-45 years', '11.46'),
 ('maimai-aigc-talent-2023', 'aigc', 'AIGC人才年龄分布情况', 'AIGC talent', 6, '45岁以上', 'Over 45 years', '3.13'),
 ('maimai-aigc-talent-2023', 'internet', '互联网行业人才年龄分布情况', 'Internet-industry talent', 1, '20-25岁', '20-25 years', '5.41'),
 ('maimai-aigc-talent-2023', 'internet', '互联网行业人才年龄分布情况', 'Internet-industry talent', 2, '25-30岁', '25-30 years', '31.63'),
 ('maimai-aigc-talent-2023', 'internet', '互联网行业人才年龄分布情况', 'Internet-industry talent', 3, '30-35岁', '30-35 years', '34.82'),
 ('maimai-aigc-talent-2023', 'internet', '互联网行业人才年龄分布情况', 'Internet-industry talent', 4, '35-40岁', '35-40 years', '16.15'),
 ('maimai-aigc-talent-2023', 'internet', '互联网行业人才年龄分布情况', 'Internet-industry talent', 5, '40-45岁', '40-45 years', '9.62'),
 ('maimai-aigc-talent-2023', 'internet', '互联网行业人才年龄分布情况', 'Internet-industry talent', 6, '45岁以上', 'Over 45 years', '2.37');

-- ---------------------------------------------------------------------------
-- Charts 5 and 6, page 16: AIGC相关人才学历背景 and AIGC相关人才工作经验分布
--
-- Extracted text (two donuts side by side, read row by row across both):
--   经验不限 学历分布 硕士 14.86% 8.03% 工作经验 10年以上 1-3年 41.74% 博士 4.06% 5.02%
--   博士后0.33% 1.41% 42.77% 1年以内 5-10年 本科 53.87% 27.91% 3-5年
-- Labels: education 本科 硕士 博士 博士后 (centre 学历分布); experience 经验不限
-- 1年以内 1-3年 3-5年 5-10年 10年以上 (centre 工作经验). Ten values.
--
-- Education: of all ways to take four of the ten values, exactly one sums to
-- 100.00 with the other six also summing to 100.00: {53.87, 41.74, 4.06, 0.33}.
-- 博士后 = 0.33 is printed as one string ("博士后0.33%"). The prose fixes the
-- rest: "本科生居多" makes 本科 the largest (53.87); "近半数AIGC人才具备硕士及以上
-- 学历" needs 硕士 = 41.74 (master's and above 46.13), leaving 博士 = 4.06.
--
-- Experience: {42.77, 27.91, 14.86, 8.03, 5.02, 1.41}. Row positions pair
-- 3-5年 with 27.91 (same bottom row) and 5-10年 with 42.77 (same row; 1年以内 =
-- 42.77 would contradict "近八成...3年以上"). 10年以上 and 1-3年 share a row with
-- 14.86 and 8.03: "近八成AIGC人才工作经验在3年以上" gives 3-5 + 5-10 + 10+ =
-- 78.71 with 10年以上 = 8.03 but 85.54 with 14.86, and "近半数...5年以上" gives
-- 50.80 against 57.63; so 10年以上 = 8.03, 1-3年 = 14.86.
-- 经验不限 and 1年以内 take 5.02 and 1.41, and nothing in the prose or the
-- arithmetic tells which is which. Reading used: 经验不限 = 5.02 and 1年以内 =
-- 1.41, pairing the higher label (经验不限 is first in the text) with the value
-- printed higher (5.02 comes before 1.41). Both rows are marked uncertain.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'talent-education',
        'AIGC相关人才学历背景',
        'Education of AIGC talent (highest degree)',
        16, '—16—', '%', 'percent of AIGC talent',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Interleaved in the text with the experience chart. Exactly one set of four of the ten values sums to 100.00 with the other six also summing to 100.00; 博士后0.33% is printed as one string; the prose (本科 the largest, master''s and above nearly half) fixes the rest.',
        0, NULL),
       ('maimai-aigc-talent-2023', 'talent-experience',
        'AIGC相关人才工作经验分布',
        'Work experience of AIGC talent',
        16, '—16—', '%', 'percent of AIGC talent',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Interleaved in the text with the education chart; the six values left after education sum to 100.00. 3-5年 and 5-10年 share their rows with 27.91 and 42.77; the prose (nearly 80% over 3 years, nearly half over 5 years) gives 10年以上 = 8.03 and 1-3年 = 14.86.',
        1,
        '经验不限 (5.02%) and 1年以内 (1.41%) may be the other way round: neither the prose nor the arithmetic decides between them.');

INSERT INTO talent_education (report_id, level_order, level, level_en, share_pct) VALUES
 ('maimai-aigc-talent-2023', 1, '本科', 'Bachelor''s degree', '53.87'),
 ('maimai-aigc-talent-2023', 2, '硕士', 'Master''s degree', '41.74'),
 ('maimai-aigc-talent-2023', 3, '博士', 'Doctorate', '4.06'),
 ('maimai-aigc-talent-2023', 4, '博士后', 'Postdoctoral', '0.33');

INSERT INTO talent_experience (report_id, band_order, experience_band, experience_band_en, share_pct, uncertain, uncertainty_note) VALUES
 ('maimai-aigc-talent-2023', 1, '经验不限', 'Experience not specified', '5.02', 1, 'May be 1.41% instead: the text does not decide between 经验不限 and 1年以内.'),
 ('maimai-aigc-talent-2023', 2, '1年以内', 'Under 1 year', '1.41', 1, 'May be 5.02% instead: the text does not decide between 经验不限 and 1年以内.'),
 ('maimai-aigc-talent-2023', 3, '1-3年', '1-3 years', '14.86', 0, NULL),
 ('maimai-aigc-talent-2023', 4, '3-5年', '3-5 years', '27.91', 0, NULL),
 ('maimai-aigc-talent-2023', 5, '5-10年', '5-10 years', '42.77', 0, NULL),
 ('maimai-aigc-talent-2023', 6, '10年以上', 'Over 10 years', '8.03', 0, NULL);

-- ---------------------------------------------------------------------------
-- Chart 7, page 12: 近四年1-2月AIGC相关岗位同比增长趋势
--
-- Extracted text: 31.30% 76.74% 281.88% 39.27% 2020年1-2月 2021年1-2月 2022年1-2月 2023年1-2月
-- The prose names three of the four: 2021年1-2月 同比上涨281.88%, 2022年1-2月
-- 同比增长76.74%, 2023年 ... 同比增长31.3%. The fourth value, 39.27%, is 2020.
-- (So this chart's values are printed newest first.) The chart's footnote
-- repeats the report-wide range 2022年2月-2023年2月 although the chart covers
-- January-February of 2020 to 2023; both are kept.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'job-growth',
        '近四年1-2月AIGC相关岗位同比增长趋势',
        'Year-over-year growth of AIGC-related job postings, January-February of the last four years',
        12, '—12—', '%', 'percent change from January-February of the previous year',
        '2020-01', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'The prose gives 2021 (281.88%), 2022 (76.74%) and 2023 (31.3%); the remaining 39.27% is 2020. The values are printed newest first. The footnote repeats the report-wide range 2022-02 to 2023-02, although the chart covers January-February of 2020 to 2023.',
        0, NULL);

INSERT INTO job_growth (report_id, year, period, period_label, period_label_en, yoy_growth_pct) VALUES
 ('maimai-aigc-talent-2023', 2020, '1-2月', '2020年1-2月', 'January-February 2020', '39.27'),
 ('maimai-aigc-talent-2023', 2021, '1-2月', '2021年1-2月', 'January-February 2021', '281.88'),
 ('maimai-aigc-talent-2023', 2022, '1-2月', '2022年1-2月', 'January-February 2022', '76.74'),
 ('maimai-aigc-talent-2023', 2023, '1-2月', '2023年1-2月', 'January-February 2023', '31.30');

-- ---------------------------------------------------------------------------
-- Chart 8, page 13: AIGC新发岗位分布行业TOP5
--
-- Extracted text: 纯互联网 33.11% 新金融科技 13.58% 游戏 13.25% 人工智能 11.59% 新生活服务 4.64%
-- Pairs adjacent, values monotonic: rank = order. The prose agrees: internet
-- holds a third of new postings (33.11), about three times 人工智能 (2.86x), and
-- more than 新金融科技 and 游戏 together (26.83). Top 5 only: sum 76.17.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'job-industries',
        'AIGC新发岗位分布行业TOP5',
        'Top 5 industries by share of new AIGC job postings',
        13, '—13—', '%', 'percent of new AIGC job postings',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Label and value pairs are adjacent in the text and in rank order; the prose (internet a third of new postings, about three times 人工智能, more than 新金融科技 and 游戏 together) agrees. Top 5 only: the shares sum to 76.17.',
        0, NULL);

INSERT INTO job_industries (report_id, rank, industry, industry_en, share_pct) VALUES
 ('maimai-aigc-talent-2023', 1, '纯互联网', 'Pure internet', '33.11'),
 ('maimai-aigc-talent-2023', 2, '新金融科技', 'New fintech', '13.58'),
 ('maimai-aigc-talent-2023', 3, '游戏', 'Gaming', '13.25'),
 ('maimai-aigc-talent-2023', 4, '人工智能', 'Artificial intelligence', '11.59'),
 ('maimai-aigc-talent-2023', 5, '新生活服务', 'New lifestyle services', '4.64');

-- ---------------------------------------------------------------------------
-- Chart 9, page 14: AIGC领域热招岗位TOP10 (demand) and 热投岗位TOP10 (supply)
--
-- Extracted text (two ranked lists side by side; both titles print 热招):
--   算法工程师 产品经理 自然语言处理 算法工程师 算法研究员 用户运营 图像识别-计算机视觉
--   自然语言处理 人工智能 AI策略产品经理 产品经理 产品运营 AI策略产品经理 算法研究员
--   深度学习 战略咨询 机器学习 社区运营 高端技术职位 运营经理-运营主管
-- Read row by row: odd positions are the left list, even the right. Taking
-- the first ten as one list instead would put 算法工程师 twice in it; the
-- alternation gives two lists without repeats. No figures are printed; rank is
-- the row.
-- The left list is the demand side (热招): "热招岗位以技术岗位为主, 算法工程师、
-- 自然语言处理、图像识别等研发人才需求旺盛" -- its ranks 1, 2 and 4. The right
-- list is the supply side: "热投岗位则以AI产品经理类、运营类等非技术岗位居多" --
-- 6 of its 10 are product or operations roles. Its printed title repeats
-- 热招岗位TOP10; the prose shows it is 热投 (most applied to).
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'hot-jobs',
        'AIGC领域热招岗位TOP10 / AIGC领域热投岗位TOP10',
        'Top 10 positions in AIGC by recruiting demand (热招) and by applications (热投)',
        14, '—14—', '排名', 'rank (no figures printed)',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Two ranked lists printed side by side and read row by row in the text: odd positions form the left list, even positions the right (reading the first ten as one list would repeat 算法工程师). The prose makes the technical left list the demand side and the product/operations right list the supply side. Both lists are titled 热招岗位TOP10 in the text; the second is 热投 by the prose.',
        0, NULL);

INSERT INTO hot_jobs (report_id, side, side_label, rank, position, position_en) VALUES
 ('maimai-aigc-talent-2023', 'demand', '热招', 1, '算法工程师', 'Algorithm engineer'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 2, '自然语言处理', 'Natural language processing'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 3, '算法研究员', 'Algorithm researcher'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 4, '图像识别-计算机视觉', 'Image recognition - computer vision'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 5, '人工智能', 'Artificial intelligence'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 6, '产品经理', 'Product manager'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 7, 'AI策略产品经理', 'AI strategy product manager'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 8, '深度学习', 'Deep learning'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 9, '机器学习', 'Machine learning'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 10, '高端技术职位', 'Senior technical positions'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 1, '产品经理', 'Product manager'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 2, '算法工程师', 'Algorithm engineer'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 3, '用户运营', 'User operations'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 4, '自然语言处理', 'Natural language processing'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 5, 'AI策略产品经理', 'AI strategy product manager'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 6, '产品运营', 'Product operations'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 7, '算法研究员', 'Algorithm researcher'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 8, '战略咨询', 'Strategy consulting'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 9, '社区运营', 'Community operations'),
 ('maimai-aigc-talent-2023', 'supply', '热投', 10, '运营经理-运营主管', 'Operations manager - operations supervisor');

-- ---------------------------------------------------------------------------
-- Chart 10, page 15: AIGC相关岗位薪资待遇水平, 年薪水平(万元)
--
-- Extracted text: 110.6 101.1 100 99.3 96.1 90.3
--                 图像识别-计算机视觉 算法研究员 深度学习 推荐算法 自然语言处理 产品经理
-- Six values then six labels, both in descending order. The prose agrees:
-- 图像识别, 算法研究员 and 深度学习 "均已达到百万" (>= 100 万元 = 1 million CNY)
-- and 产品经理 "达到90万元" (90.3). '100' is printed without decimals and kept so.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'salaries',
        'AIGC相关岗位薪资待遇水平',
        'Annual salary of AIGC-related positions',
        15, '—15—', '年薪水平(万元)', '10k CNY per year (annual salary)',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Six values followed by six labels, both in descending order; the prose (图像识别, 算法研究员 and 深度学习 reach 1 million CNY, 产品经理 90万元) agrees. 100 is printed without decimals.',
        0, NULL);

INSERT INTO salaries (report_id, rank, position, position_en, annual_salary_10k_cny) VALUES
 ('maimai-aigc-talent-2023', 1, '图像识别-计算机视觉', 'Image recognition - computer vision', '110.6'),
 ('maimai-aigc-talent-2023', 2, '算法研究员', 'Algorithm researcher', '101.1'),
 ('maimai-aigc-talent-2023', 3, '深度学习', 'Deep learning', '100'),
 ('maimai-aigc-talent-2023', 4, '推荐算法', 'Recommendation algorithms', '99.3'),
 ('maimai-aigc-talent-2023', 5, '自然语言处理', 'Natural language processing', '96.1'),
 ('maimai-aigc-talent-2023', 6, '产品经理', 'Product manager', '90.3');

-- ---------------------------------------------------------------------------
-- Figure 11, page 17: AIGC人才画像:专业技术、学术成果、业务落地三项全能
--
-- Text: "相关岗位JD中, 除专业要求外, NLP算法、深度学习、C++等词高频出现, 算法和编程
-- 功底是就职的硬性要求。此外, 多数岗位还提及"顶会Paper"、"商业化"等词汇, 要求应聘者
-- 拥有学术成果和业务落地经验。创新思维是非常重要的。..."
-- No figures are printed. Each term is a row with the dimension of the
-- headline it supports (专业技术 / 学术成果 / 业务落地) and the report's own phrase
-- for how often postings name it. 创新思维 is stated to be very important but
-- the text does not say job descriptions name it: kept, marked uncertain.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'job-skills',
        'AIGC人才画像:专业技术、学术成果、业务落地三项全能',
        'Profile of AIGC talent: technical skill, academic output and business delivery',
        17, '—17—', '词频描述', 'frequency as described in words (no figures printed)',
        NULL, NULL, '*数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Terms named in the page''s text, with the dimension of the headline they support and the report''s phrase for how often job descriptions name them. No figures are printed.',
        0, NULL);

INSERT INTO job_skills (report_id, term_order, term, term_en, dimension, dimension_en, prominence, prominence_printed, uncertain, uncertainty_note) VALUES
 ('maimai-aigc-talent-2023', 1, 'NLP算法', 'NLP algorithms', '专业技术', 'Technical skill', 'high_frequency', '高频出现', 0, NULL),
 ('maimai-aigc-talent-2023', 2, '深度学习', 'Deep learning', '专业技术', 'Technical skill', 'high_frequency', '高频出现', 0, NULL),
 ('maimai-aigc-talent-2023', 3, 'C++', 'C++', '专业技术', 'Technical skill', 'high_frequency', '高频出现', 0, NULL),
 ('maimai-aigc-talent-2023', 4, '顶会Paper', 'Top-conference papers', '学术成果', 'Academic output', 'most_postings', '多数岗位还提及', 0, NULL),
 ('maimai-aigc-talent-2023', 5, '商业化', 'Commercialisation', '业务落地', 'Business delivery', 'most_postings', '多数岗位还提及', 0, NULL),
 ('maimai-aigc-talent-2023', 6, '创新思维', 'Innovative thinking', '创新能力', 'Innovation', 'emphasised', '非常重要', 1, 'The report calls innovative thinking very important but does not say that job descriptions name it.');

-- ---------------------------------------------------------------------------
-- Figure 12, page 6: AIGC应用图谱
--
-- Extracted text (a grid: rows 应用场景 and 应用行业, columns 文本/图像/音频/视频领域):
--   应用场景 应用行业 AIGC应用图谱 文本领域 图像领域 音频领域 视频领域
--   编辑出版、营销文案、文字客服、知识科普等 图像编辑、图像生成、图像识别等
--   有声书、音乐制作、语音合成等 视频后期、虚拟人
--   传媒、影视、广告、游戏 电商、教育、医疗等 游戏、影视、设计、交通、医疗等
--   传媒、音娱、金融等 传媒、影视、电商、金融等
--   ... 赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业
-- Scenarios: four cells for four domains, in column order.
-- Industries: five fragments for four cells. The first two are one cell
-- wrapped over two lines: "传媒、影视、广告、游戏" + "电商、教育、医疗等" reads,
-- in the same order, as the start of the page's own summary line (赋能传媒、影视、
-- 广告、游戏、电商、教育、医疗…). The other three follow in column order (音娱,
-- music entertainment, falls to audio; 设计 to image). The merge is a reading,
-- so the text domain's industry rows are marked uncertain.
-- list_open_ended = 1 where the printed list ends in 等 ("and others").
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note)
VALUES ('maimai-aigc-talent-2023', 'applications',
        'AIGC应用图谱',
        'Map of AIGC applications: scenarios and industries by content domain',
        6, NULL, '列表', 'list (no figures printed)',
        NULL, NULL, NULL, '脉脉高聘人才智库',
        'A grid of four content domains by two facets (应用场景 scenarios, 应用行业 industries), one row per item. Five industry fragments for four cells: the first two are one cell wrapped over two lines, matching the page''s summary line. list_open_ended marks lists printed with a closing 等 (etc.). The page has no footnote and no page marker in the text; page 6 lies between —5— and —7—.',
        0, NULL);

INSERT INTO applications (report_id, domain_order, domain, domain_en, facet, item_order, item, item_en, list_open_ended, uncertain, uncertainty_note) VALUES
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'scenario', 1, '编辑出版', 'Editing and publishing', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'scenario', 2, '营销文案', 'Marketing copy', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'scenario', 3, '文字客服', 'Text customer service', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'scenario', 4, '知识科普', 'Popular science', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'industry', 1, '传媒', 'Media', 1, 1, 'The text domain''s industry cell is read as two wrapped lines (传媒、影视、广告、游戏 / 电商、教育、医疗等); five fragments were printed for four cells.'),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'industry', 2, '影视', 'Film and television', 1, 1, 'The text domain''s industry cell is read as two wrapped lines (传媒、影视、广告、游戏 / 电商、教育、医疗等); five fragments were printed for four cells.'),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'industry', 3, '广告', 'Advertising', 1, 1, 'The text domain''s industry cell is read as two wrapped lines (传媒、影视、广告、游戏 / 电商、教育、医疗等); five fragments were printed for four cells.'),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'industry', 4, '游戏', 'Gaming', 1, 1, 'The text domain''s industry cell is read as two wrapped lines (传媒、影视、广告、游戏 / 电商、教育、医疗等); five fragments were printed for four cells.'),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'industry', 5, '电商', 'E-commerce', 1, 1, 'The text domain''s industry cell is read as two wrapped lines (传媒、影视、广告、游戏 / 电商、教育、医疗等); five fragments were printed for four cells.'),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'industry', 6, '教育', 'Education', 1, 1, 'The text domain''s industry cell is read as two wrapped lines (传媒、影视、广告、游戏 / 电商、教育、医疗等); five fragments were printed for four cells.'),
 ('maimai-aigc-talent-2023', 1, '文本领域', 'Text', 'industry', 7, '医疗', 'Healthcare', 1, 1, 'The text domain''s industry cell is read as two wrapped lines (传媒、影视、广告、游戏 / 电商、教育、医疗等); five fragments were printed for four cells.'),
 ('maimai-aigc-talent-2023', 2, '图像领域', 'Image', 'scenario', 1, '图像编辑', 'Image editing', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 2, '图像领域', 'Image', 'scenario', 2, '图像生成', 'Image generation', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 2, '图像领域', 'Image', 'scenario', 3, '图像识别', 'Image recognition', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 2, '图像领域', 'Image', 'industry', 1, '游戏', 'Gaming', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 2, '图像领域', 'Image', 'industry', 2, '影视', 'Film and television', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 2, '图像领域', 'Image', 'industry', 3, '设计', 'Design', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 2, '图像领域', 'Image', 'industry', 4, '交通', 'Transportation', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 2, '图像领域', 'Image', 'industry', 5, '医疗', 'Healthcare', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 3, '音频领域', 'Audio', 'scenario', 1, '有声书', 'Audiobooks', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 3, '音频领域', 'Audio', 'scenario', 2, '音乐制作', 'Music production', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 3, '音频领域', 'Audio', 'scenario', 3, '语音合成', 'Speech synthesis', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 3, '音频领域', 'Audio', 'industry', 1, '传媒', 'Media', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 3, '音频领域', 'Audio', 'industry', 2, '音娱', 'Music and entertainment', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 3, '音频领域', 'Audio', 'industry', 3, '金融', 'Finance', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 4, '视频领域', 'Video', 'scenario', 1, '视频后期', 'Video post-production', 0, 0, NULL),
 ('maimai-aigc-talent-2023', 4, '视频领域', 'Video', 'scenario', 2, '虚拟人', 'Virtual humans', 0, 0, NULL),
 ('maimai-aigc-talent-2023', 4, '视频领域', 'Video', 'industry', 1, '传媒', 'Media', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 4, '视频领域', 'Video', 'industry', 2, '影视', 'Film and television', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 4, '视频领域', 'Video', 'industry', 3, '电商', 'E-commerce', 1, 0, NULL),
 ('maimai-aigc-talent-2023', 4, '视频领域', 'Video', 'industry', 4, '金融', 'Finance', 1, 0, NULL);
