-- Seed: 2023 AIGC人才趋势报告 (Maimai / 脉脉高聘人才智库, published 2023-03-30,
-- data range 2022-02 to 2023-02).
--
-- Source: the report itself, 《2023 AIGC人才趋势报告》 by 脉脉高聘人才智库 (Maimai's
-- talent research unit), dated 2023-03-30. It is a paged document (PDF),
-- distributed among other places on the report-sharing site 发现报告
-- (fxbaogao.com). The figures were read from the text layer of that copy as
-- the site's report page shows it: the page is titled "[脉脉]:2023 AIGC人才趋势报告
-- - 发现报告" and files the report under 文化传媒, dated 2023-03-30; the text
-- runs from the preface (—1—) to the start of the interview that follows page
-- 18, and stops there. Figures printed after that point, if any, are not in
-- this transcription.
--
-- That text is a plain extraction in which chart labels are often interleaved
-- or out of order. Each block below quotes, in full, the extracted text of one
-- chart (title, labels, values, footnote) and the sentences of the page's
-- prose its reading relies on, then says how the figures were mapped to labels
-- and why, so that every row can be checked against the quote without the
-- extraction itself. The quotes are normalised in one way only: the
-- extraction writes many characters as radical forms (⼈ for 人, ⽉ for 月,
-- ⾏ for 行, ⻓ for 长); they are quoted as the ordinary characters, and line
-- breaks in the quotes are ours. Where a mapping is
-- not decided by the report's prose or by arithmetic, the rows (or the
-- dataset) carry `uncertain = 1` with a note the API returns.
--
-- Figures are TEXT exactly as printed ('5.80' keeps its zero, '100' has none).
--
-- Labels and titles are as printed. Where the reading used differs from what
-- is printed (the second hot-jobs list is titled 热招 but read as 热投), the
-- printed text is kept in the label and the reading is given in a separate
-- field or in the transcription note.
--
-- `statistic` is the report's own word for what a figure measures, as printed
-- (NULL when the chart prints only a unit such as %); `statistic_en` says in
-- English what each figure is, and says so when the report does not name the
-- statistic.
--
-- Page numbers: the extraction prints page markers (—N—) at the END of each
-- page's text; the contents page (PAGE3/PAGE7/PAGE11/PAGE18 for the four
-- section dividers) confirms this reading. Pages 4 and 6 have no marker in the
-- extraction; their numbers are inferred from the neighbours —3— and —5—, —5—
-- and —7—, `page_printed` is NULL for them and `page_note` says so.
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
        '《2023 AIGC人才趋势报告》, 脉脉高聘人才智库 (Maimai), dated 2023-03-30; a PDF distributed among other places on 发现报告 (fxbaogao.com). Transcribed from the text layer of the 发现报告 copy (preface to page 18); the extracted text of every chart is quoted next to its rows in the seed file seeds/maimai-aigc-talent-2023.sql of this repository.',
        '2026-11-29T16:00:00Z',
        'AIGC = AI-generated content. Talent figures describe professionals on Maimai whose profiles relate to AIGC; posting figures describe job postings on Maimai.');

-- ---------------------------------------------------------------------------
-- Chart 1, page 4: 近一年AIGC相关内容热度指数变化 (热度指数)
--
-- Extracted text of the page (headline, prose, chart; the page has no marker):
--   ChatGPT现象级出圈,AIGC关注度爆发性增长 近一年脉脉热区热度指数显示,职场人在
--   2022年5月、8月和2023年2月三个节点最关注AIGC。 2022年5月,OpenAI推出AI画图产品
--   DALL-E2模型掀起AI作画潮流。8月,1秒出图、全球最快的开源模型StableDiffusion出炉
--   再度引发 讨论。随着ChatGPT引爆网络,2023年2月AIGC成为国内舆论场的“流量密码”。
--   近一年AIGC相关内容热度指数变化 (热度指数)
--   95.12 84.05 42.79 41.37 37.64 20.49 26.44 38.41 20.30 15.80 15.93 22.41 20.35
--   100.00 90.00 80.00 70.00 60.00 50.00 40.00 30.00 20.00 10.00
--   2022年2月 2022年3月 2022年4月 2022年5月 2022年6月 2022年7月 2022年8月 2022年9月
--   2022年10月 2022年11月 2022年12月 2023年1月 2023年2月 0.00
--   *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库
-- Value labels, then y-axis ticks, then x-axis labels. Thirteen values for
-- thirteen months; the axis ticks (0.00-100.00 by 10) are not data. The prose
-- fixes the shape but not the order: the series peaks in 2022-05, 2022-08 and
-- 2023-02 ("三个节点最关注AIGC").
-- The report does not say how the index is computed or what 100 stands for;
-- the prose calls it 脉脉热区热度指数, the heat index of Maimai's 热区 ("hot
-- zone", literally; the report does not explain the term).
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
-- The months 2022-08 to 2023-02 are not flagged row by row, but they too rest
-- on the newest-first assumption: in the extracted order 95.12 is printed
-- first, and only newest-first puts it in 2023-02. So even "the index is
-- highest in 2023-02" is part of the reading, and the peaks the prose names
-- cannot confirm it: the reading was chosen to have them. The dataset-level
-- note says so.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'heat-index',
        '近一年AIGC相关内容热度指数变化',
        'Heat index of AIGC-related content over the past year',
        4, NULL, '热度指数', 'index points (Maimai heat index, axis 0-100)',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Thirteen value labels for thirteen months; the y-axis ticks 0.00-100.00 are not data. The extraction does not keep the values in month order; see the uncertainty note for the reading used.',
        1,
        'The month of each value is reconstructed, not printed next to it. Neither the extracted order (its peak would fall in 2022-02) nor its reverse (peaks in 2022-03 and 2022-07) matches the prose, which names peaks in 2022-05, 2022-08 and 2023-02. The values are arranged in the one order that needs the fewest exchanges of neighbouring values (four) from newest-first, the order in which the report prints its other time series (page 12), and has exactly those three peaks. Other measures of closeness can pick other arrangements with the same peaks. 2022-08 to 2023-02 read the same as newest-first; the six months 2022-02 to 2022-07 are flagged row by row. Those seven months still rest on reading the values newest first: as extracted, 95.12 is printed first, so even the maximum in 2023-02 is part of the reading, and the three peaks cannot confirm it because the reading was chosen to have them. printed_position gives each value''s place in the extracted text.',
        'The extracted text has no page marker for this page; it lies between the markers —3— and —5—, so it is page 4.',
        '热度指数',
        'Heat index of AIGC-related content on Maimai, in index points on an axis from 0 to 100. The report does not say how the index is computed or what 100 stands for; its prose calls it the heat index of Maimai''s "hot zone" (a literal translation; the report does not explain the term).');

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
-- Extracted text of the page (headline, prose, chart):
--   AIGC人才非AI行业专属,互联网人才储备量领先 AIGC领域人才分布于多个新经济行业,其中
--   纯互联网行业AIGC人才储备量最多。人工智能行业的AIGC人才保有量仅为6.45%,其他
--   AIGC人才大多分布在数据密集型产业。 AIGC人才主要分布行业TOP10
--   纯互联网 15.91% 电子商务&新零售 7.65% 企业数字化服务 6.56% 人工智能 6.45% 通信 5.80%
--   智能硬件 4.52% 新生活服务 3.92% 新生活服务 3.77% 电子 3.31% 新能源汽车 1.85%
--   *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库 —8—
-- Label then value, in rank order. Label/value pairs are adjacent and the values fall monotonically, so rank =
-- order. The prose confirms 人工智能 = 6.45% ("人工智能行业的AIGC人才保有量仅为
-- 6.45%") and 纯互联网 first ("纯互联网行业AIGC人才储备量最多").
-- The label 新生活服务 is printed twice (ranks 7 and 8). One of the two is
-- presumably another industry; the text does not say which, so both rows keep
-- the printed label and are marked uncertain. A TOP10 is not a full
-- distribution: the ten shares sum to 59.74, not 100.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'talent-industries',
        'AIGC人才主要分布行业TOP10',
        'Top 10 industries by share of AIGC talent',
        8, '—8—', '%', 'percent of AIGC talent',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Label and value pairs are adjacent in the text and in rank order; the prose confirms 人工智能 = 6.45% and 纯互联网 first. Top 10 only: the shares sum to 59.74, not 100.',
        1,
        'The chart prints 新生活服务 twice (rank 7, 3.92%, and rank 8, 3.77%). One of them is presumably another industry the text does not name; both keep the printed label.',
        NULL, NULL,
        'Share of the report''s AIGC talent in each industry, in percent. The chart prints percentages without naming the base; the prose reads them as shares of AIGC talent (the artificial-intelligence industry holds only 6.45% of it). Top 10 only, so the shares do not sum to 100.');

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
-- Extracted text of the page (headline, prose, chart):
--   北京独领风骚,AIGC人才数量超过上海深圳之和 AIGC人才多分布于一线、新一线城市,六成
--   以上聚集在北京、上海、深圳三地。其中,北京独占三分之一,数量超过上海、深圳两城总
--   和,人才吸引力遥遥领先。 AIGC人才主要分布城市TOP10
--   北京 31.42% 上海 17.93% 深圳 11.44% 杭州 8.06% 广州 4.57% 成都 3.18%
--   南京 2.13% 武汉 1.76% 西安 1.48% 苏州 1.48%
--   *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库 —9—
-- Pairs adjacent, values monotonic: rank = order. The prose agrees: Beijing
-- (31.42) holds more than Shanghai and Shenzhen together (29.37); the three
-- hold "六成以上" (60.79); Beijing "独占三分之一" (31.42, about a third).
-- 西安 and 苏州 tie at 1.48; their ranks 9 and 10 follow the printed order.
-- Top 10 only: the shares sum to 83.45.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'talent-cities',
        'AIGC人才主要分布城市TOP10',
        'Top 10 cities by share of AIGC talent',
        9, '—9—', '%', 'percent of AIGC talent',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Label and value pairs are adjacent in the text and in rank order; the prose (Beijing more than Shanghai and Shenzhen together; the three together over 60%) agrees. 西安 and 苏州 tie at 1.48% and keep the printed order. Top 10 only: the shares sum to 83.45.',
        0, NULL,
        NULL, NULL,
        'Share of the report''s AIGC talent in each city, in percent. The chart prints percentages without naming the base; the prose reads them as shares of AIGC talent (Beijing holds a third of it). Top 10 only, so the shares do not sum to 100.');

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
-- Extracted text of the page (headline, prose, two donut charts):
--   AIGC领域人才三成小于30岁,超1/3大于35岁 与互联网行业不同,AIGC领域近七成从业者年龄
--   大于30岁。34.5%以上AIGC人才在35岁以上,比互联网行业高出6%。 AIGC行业通常更注重
--   技术和创新,而不是年龄和工作年限。 AIGC人才年龄分布情况 互联网行业人才年龄分布情况
--   30-35岁 30-35岁 34.82% 45岁以上 2.37% 20-25岁 5.41% 40-45岁 9.62% 35-40岁 16.15%
--   25-30岁 31.63% 34.24% 20-25岁 2.71% 45岁以上3.13% 40-45岁 11.46% 35-40岁 19.98%
--   25-30岁 28.48% *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库 —10—
-- The chart titles are printed AIGC first.
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
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'talent-ages',
        'AIGC人才年龄分布情况 / 互联网行业人才年龄分布情况',
        'Age distribution of AIGC talent and of internet-industry talent',
        10, '—10—', '%', 'percent of the cohort',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'The text holds two blocks of six label/value pairs; each sums to 100.00 only with 34.82% in the first and 34.24% in the second. The second block is AIGC talent: only then do the prose statements hold (34.57% over 35, 6.43 points above the internet industry; 31.19% under 30; 68.81% over 30).',
        0, NULL,
        NULL, NULL,
        'Share of each cohort (AIGC talent; internet-industry talent) in each age band, in percent; each cohort sums to 100. The report does not say how the internet-industry cohort is delimited.');

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
-- Extracted text of the page (headline, prose, two donuts side by side, read
-- row by row across both):
--   AIGC领域高知人才扎堆,近半数从业者为硕士及以上学历 AIGC从业者以本科生居多,但本科、
--   硕士数量差距不大,近半数AIGC人才具备硕士及以上学历。 近八成AIGC人才工作经验在3年
--   以上,其中,近半数从业者有5年以上工作经验。 AIGC相关人才学历背景 AIGC相关人才工作经验分布
--   经验不限 学历分布 硕士 14.86% 8.03% 工作经验 10年以上 1-3年 41.74% 博士 4.06% 5.02%
--   博士后0.33% 1.41% 42.77% 1年以内 5-10年 本科 53.87% 27.91% 3-5年
--   *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库 —16—
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
-- 14.86 and 8.03: "近八成AIGC人才工作经验在3年以上" (nearly 80%) gives 3-5 + 5-10
-- + 10+ = 78.71 with 10年以上 = 8.03 but 85.54 with 14.86; so 10年以上 = 8.03,
-- 1-3年 = 14.86. "近半数从业者有5年以上" (nearly half) does not decide it: it
-- gives 5-10 + 10+ = 50.80 with that reading (57.63 with the other), and 50.80
-- is just over half, where the report's other 近 ("nearly") figures fall just
-- short (近八成 78.71, 近半数 硕士及以上 46.13, 近七成 68.81). The statement is loose
-- either way; 50.80 is the closer of the two. The experience note says so.
--
-- 经验不限 ("no experience requirement") is a category of job postings rather
-- than of people's careers; the title (AIGC相关人才工作经验分布) and the prose read
-- the chart as talent, so the label is kept as printed, translated literally,
-- and the transcription note points it out: the chart may count postings, or
-- profiles that state no experience.
-- 经验不限 and 1年以内 take 5.02 and 1.41, and nothing in the prose or the
-- arithmetic tells which is which. Reading used: 经验不限 = 5.02 and 1年以内 =
-- 1.41, pairing the higher label (经验不限 is first in the text) with the value
-- printed higher (5.02 comes before 1.41). Both rows are marked uncertain.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'talent-education',
        'AIGC相关人才学历背景',
        'Education of AIGC talent (highest degree)',
        16, '—16—', '%', 'percent of AIGC talent',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Interleaved in the text with the experience chart. Exactly one set of four of the ten values sums to 100.00 with the other six also summing to 100.00; 博士后0.33% is printed as one string; the prose (本科 the largest, master''s and above nearly half) fixes the rest.',
        0, NULL,
        NULL, NULL,
        'Share of the report''s AIGC talent by education, in percent; the four levels sum to 100. The chart is labelled as an education distribution; the levels are read as the highest degree held.'),
       ('maimai-aigc-talent-2023', 'talent-experience',
        'AIGC相关人才工作经验分布',
        'Work experience of AIGC talent',
        16, '—16—', '%', 'percent of AIGC talent',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Interleaved in the text with the education chart; the six values left after education sum to 100.00. 3-5年 and 5-10年 share their rows with 27.91 and 42.77; the prose (nearly 80% over 3 years) gives 10年以上 = 8.03 and 1-3年 = 14.86. The prose also says nearly half have over 5 years: that is 50.80 in this reading, just over half (the other reading would give 57.63). 经验不限 means "no experience requirement", a category of job postings rather than of people; the title and prose describe talent, so the label is kept as printed.',
        1,
        '经验不限 (5.02%) and 1年以内 (1.41%) may be the other way round: neither the prose nor the arithmetic decides between them.',
        NULL, NULL,
        'Share of the report''s AIGC talent by years of work experience, in percent; the six bands sum to 100. One band, no experience requirement, is a job-posting category; the report does not say how it applies to people.');

INSERT INTO talent_education (report_id, level_order, level, level_en, share_pct) VALUES
 ('maimai-aigc-talent-2023', 1, '本科', 'Bachelor''s degree', '53.87'),
 ('maimai-aigc-talent-2023', 2, '硕士', 'Master''s degree', '41.74'),
 ('maimai-aigc-talent-2023', 3, '博士', 'Doctorate', '4.06'),
 ('maimai-aigc-talent-2023', 4, '博士后', 'Postdoctoral', '0.33');

INSERT INTO talent_experience (report_id, band_order, experience_band, experience_band_en, share_pct, uncertain, uncertainty_note) VALUES
 ('maimai-aigc-talent-2023', 1, '经验不限', 'No experience requirement', '5.02', 1, 'May be 1.41% instead: the text does not decide between 经验不限 and 1年以内.'),
 ('maimai-aigc-talent-2023', 2, '1年以内', 'Under 1 year', '1.41', 1, 'May be 5.02% instead: the text does not decide between 经验不限 and 1年以内.'),
 ('maimai-aigc-talent-2023', 3, '1-3年', '1-3 years', '14.86', 0, NULL),
 ('maimai-aigc-talent-2023', 4, '3-5年', '3-5 years', '27.91', 0, NULL),
 ('maimai-aigc-talent-2023', 5, '5-10年', '5-10 years', '42.77', 0, NULL),
 ('maimai-aigc-talent-2023', 6, '10年以上', 'Over 10 years', '8.03', 0, NULL);

-- ---------------------------------------------------------------------------
-- Chart 7, page 12: 近四年1-2月AIGC相关岗位同比增长趋势
--
-- Extracted text of the page (headline, prose, chart):
--   AIGC领域招聘需求强劲,2023年AIGC人才招聘数量创历史新高 近两年,AIGC领域岗位数量井喷
--   增长。2021年1月,OpenAI开发的文本生成图像工具DALL·E面世,引发国内AI人才招聘需求
--   暴涨。 2021年1-2月,AIGC领域岗位数量同比上涨281.88%。 2022年1-2月,AIGC领域岗位
--   数量同比增长76.74%。 随后,Dall-E2、StableDiffusion模型相继推出,尤其是2023年1月
--   ChatGPT横空出世,AIGC人才需求再度逆势上涨,岗位数量同比增长 31.3%,创历史新高。
--   近四年1-2月AIGC相关岗位同比增长趋势 31.30% 76.74% 281.88% 39.27%
--   2020年1-2月 2021年1-2月 2022年1-2月 2023年1-2月
--   *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库 —12—
-- The prose names three of the four: 2021年1-2月 同比上涨281.88%, 2022年1-2月
-- 同比增长76.74%, 2023年 ... 同比增长31.3%. The fourth value, 39.27%, is 2020.
-- (So this chart's values are printed newest first.)
-- Data range: the chart's footnote repeats the report-wide range 2022年2月-
-- 2023年2月, but the chart's own axis runs from 2020年1-2月 to 2023年1-2月, and
-- each figure compares January-February with the same months a year before:
-- the postings compared run from January 2019 (the base of the 2020 growth) to
-- February 2023. data_range says that (2019-01 to 2023-02; it said 2020-01
-- before, which left out the base year); the footnote is kept as printed, and
-- the note says why the two differ.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'job-growth',
        '近四年1-2月AIGC相关岗位同比增长趋势',
        'Year-over-year growth of AIGC-related job postings, January-February of the last four years',
        12, '—12—', '%', 'percent change from January-February of the previous year',
        '2019-01', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'The prose gives 2021 (281.88%), 2022 (76.74%) and 2023 (31.3%); the remaining 39.27% is 2020. The values are printed newest first. The footnote repeats the report-wide range 2022-02 to 2023-02, although the chart shows January-February of 2020 to 2023, each compared with January-February of the year before: the data range given here, 2019-01 to 2023-02, is what the figures compare, from the base of the 2020 growth to the last month.',
        0, NULL,
        NULL, '同比增长',
        'Year-over-year growth of the number of AIGC-related job postings in January-February, in percent: each year''s January-February against January-February of the year before (2020 against 2019).');

INSERT INTO job_growth (report_id, year, period, period_label, period_label_en, yoy_growth_pct) VALUES
 ('maimai-aigc-talent-2023', 2020, '1-2月', '2020年1-2月', 'January-February 2020', '39.27'),
 ('maimai-aigc-talent-2023', 2021, '1-2月', '2021年1-2月', 'January-February 2021', '281.88'),
 ('maimai-aigc-talent-2023', 2022, '1-2月', '2022年1-2月', 'January-February 2022', '76.74'),
 ('maimai-aigc-talent-2023', 2023, '1-2月', '2023年1-2月', 'January-February 2023', '31.30');

-- ---------------------------------------------------------------------------
-- Chart 8, page 13: AIGC新发岗位分布行业TOP5
--
-- Extracted text of the page (headline, prose, chart):
--   互联网行业AIGC人才存量最多、增量需求最强 互联网行业AIGC岗位发布量最多,占新发岗位
--   总量的1/3,数量约为人工智能行业的3倍之多,且超过新金融科技和游戏行业之和。
--   AIGC新发岗位分布行业TOP5
--   纯互联网 33.11% 新金融科技 13.58% 游戏 13.25% 人工智能 11.59% 新生活服务 4.64%
--   *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库 —13—
-- Pairs adjacent, values monotonic: rank = order. The prose agrees: internet
-- holds a third of new postings (33.11), about three times 人工智能 (2.86x), and
-- more than 新金融科技 and 游戏 together (26.83). Top 5 only: sum 76.17.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'job-industries',
        'AIGC新发岗位分布行业TOP5',
        'Top 5 industries by share of new AIGC job postings',
        13, '—13—', '%', 'percent of new AIGC job postings',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Label and value pairs are adjacent in the text and in rank order; the prose (internet a third of new postings, about three times 人工智能, more than 新金融科技 and 游戏 together) agrees. Top 5 only: the shares sum to 76.17.',
        0, NULL,
        NULL, NULL,
        'Share of new AIGC job postings in each industry, in percent (the prose: the internet industry posts a third of all new AIGC postings). Top 5 only, so the shares do not sum to 100.');

INSERT INTO job_industries (report_id, rank, industry, industry_en, share_pct) VALUES
 ('maimai-aigc-talent-2023', 1, '纯互联网', 'Pure internet', '33.11'),
 ('maimai-aigc-talent-2023', 2, '新金融科技', 'New fintech', '13.58'),
 ('maimai-aigc-talent-2023', 3, '游戏', 'Gaming', '13.25'),
 ('maimai-aigc-talent-2023', 4, '人工智能', 'Artificial intelligence', '11.59'),
 ('maimai-aigc-talent-2023', 5, '新生活服务', 'New lifestyle services', '4.64');

-- ---------------------------------------------------------------------------
-- Chart 9, page 14: AIGC领域热招岗位TOP10 / AIGC领域热招岗位TOP10
--
-- Extracted text of the page (headline, prose, two ranked lists side by side):
--   AIGC人才供需结构失衡:算法人才需求旺,产品经理投递多 在需求端,AIGC领域热招岗位以
--   技术岗位为主,算法工程师、自然语言处理、图像识别等研发人才需求旺盛。而在供给端,
--   AIGC领域热投 岗位则以AI产品经理类、运营类等非技术岗位居多,存在一定供需结构失衡现象。
--   AIGC领域热招岗位TOP10 AIGC领域热招岗位TOP10
--   算法工程师 产品经理 自然语言处理 算法工程师 算法研究员 用户运营 图像识别-计算机视觉
--   自然语言处理 人工智能 AI策略产品经理 产品经理 产品运营 AI策略产品经理 算法研究员
--   深度学习 战略咨询 机器学习 社区运营 高端技术职位 运营经理-运营主管
--   *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库 —14—
-- Both list titles print 热招 (most recruited for); the prose's 热投 (most
-- applied to) is not printed over either list.
-- Read row by row: odd positions are the left list, even the right. Taking
-- the first ten as one list instead would put 算法工程师 twice in it; the
-- alternation gives two lists without repeats. No figures are printed; rank is
-- the row.
-- The left list is the demand side (热招): "热招岗位以技术岗位为主, 算法工程师、
-- 自然语言处理、图像识别等研发人才需求旺盛" -- its ranks 1, 2 and 4. The right
-- list is the supply side: "热投岗位则以AI产品经理类、运营类等非技术岗位居多" --
-- 6 of its 10 are product or operations roles. Its printed title repeats
-- 热招岗位TOP10; the prose shows it is 热投 (most applied to).
-- As printed: the dataset title is the two printed titles, the same twice,
-- and every row's side_label is 热招, the word printed over its list. The
-- reading is `side` (demand / supply) and the transcription note; the
-- supply rows said 热投 in side_label before, which the report does not print
-- there. The reading itself is not flagged: the prose decides it, as it
-- decides which age block is AIGC (page 10); one of the two printed titles is
-- a misprint either way.
-- 人工智能 (demand rank 5) is a position category, not the industry of the
-- same name in the industry charts; its English label says so ("Artificial
-- intelligence (job category)"), where it used to read exactly like the
-- industry's and invited joining the two. 深度学习 and 自然语言处理 are likewise
-- position categories here and skills or fields on page 17; their English
-- labels are the same words, which is what the report prints.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'hot-jobs',
        'AIGC领域热招岗位TOP10 / AIGC领域热招岗位TOP10',
        'Top 10 most-recruited positions in AIGC (the title printed over both lists)',
        14, '—14—', '排名', 'rank (no figures printed)',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Two ranked lists printed side by side and read row by row in the text: odd positions form the left list, even positions the right (reading the first ten as one list would repeat 算法工程师). Both lists are titled AIGC领域热招岗位TOP10 (most recruited for), and side_label keeps that printed word on every row. The reading, in side: the technical left list is the demand side (热招, 需求端) and the product/operations right list the supply side, the positions most applied to (热投, 供给端), because the prose says that 热招 positions are mainly technical (算法工程师, 自然语言处理, 图像识别) and 热投 positions mainly product-manager and operations roles. So the second printed title is read as a misprint of 热投.',
        0, NULL,
        NULL, NULL,
        'Rank only: the report prints no figures and does not say what the ranking counts (postings, applications or views).');

INSERT INTO hot_jobs (report_id, side, side_label, rank, position, position_en) VALUES
 ('maimai-aigc-talent-2023', 'demand', '热招', 1, '算法工程师', 'Algorithm engineer'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 2, '自然语言处理', 'Natural language processing'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 3, '算法研究员', 'Algorithm researcher'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 4, '图像识别-计算机视觉', 'Image recognition - computer vision'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 5, '人工智能', 'Artificial intelligence (job category)'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 6, '产品经理', 'Product manager'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 7, 'AI策略产品经理', 'AI strategy product manager'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 8, '深度学习', 'Deep learning'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 9, '机器学习', 'Machine learning'),
 ('maimai-aigc-talent-2023', 'demand', '热招', 10, '高端技术职位', 'Senior technical positions'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 1, '产品经理', 'Product manager'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 2, '算法工程师', 'Algorithm engineer'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 3, '用户运营', 'User operations'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 4, '自然语言处理', 'Natural language processing'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 5, 'AI策略产品经理', 'AI strategy product manager'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 6, '产品运营', 'Product operations'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 7, '算法研究员', 'Algorithm researcher'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 8, '战略咨询', 'Strategy consulting'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 9, '社区运营', 'Community operations'),
 ('maimai-aigc-talent-2023', 'supply', '热招', 10, '运营经理-运营主管', 'Operations manager - operations supervisor');

-- ---------------------------------------------------------------------------
-- Chart 10, page 15: AIGC相关岗位薪资待遇水平, 年薪水平(万元)
--
-- Extracted text of the page (headline, prose, chart):
--   图像识别岗位年薪百万,领跑AIGC人才薪资 AIGC领域热招岗位中,图像识别、算法研究员、
--   深度学习岗位的薪资均已达到百万。此外,AIGC产品经理作为非技术岗,薪资水平也达到
--   90万元,与其他领域相比占据较大优势,吸引大量产品人才投递。
--   AIGC相关岗位薪资待遇水平年薪水平(万元) 110.6 101.1 100 99.3 96.1 90.3
--   图像识别-计算机视觉 算法研究员 深度学习 推荐算法 自然语言处理 产品经理
--   *数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库 —15—
-- Title 薪资待遇水平, axis 年薪水平(万元).
-- Six values then six labels, both in descending order. The prose agrees:
-- 图像识别, 算法研究员 and 深度学习 "均已达到百万" (>= 100 万元 = 1 million CNY)
-- and 产品经理 "达到90万元" (90.3). '100' is printed without decimals and kept so.
-- Statistic: the report prints 年薪水平 (annual salary level) and never says
-- which statistic it is (mean, median, or a posted range's midpoint), nor
-- whether it is pay offered in postings or earned by people. Press coverage
-- of the report calls it the average: "热招的图像识别等技术岗人才,平均年薪超过百万"
-- (脉脉林凡:AIGC人才供需结构失衡 白领或先于蓝领失业, sckjw.com.cn, 2023-03-31,
-- https://www.sckjw.com.cn/info/3376bb1e4d1c4830b3ed53405783180f). statistic
-- keeps the printed 年薪水平; statistic_en says both.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'salaries',
        'AIGC相关岗位薪资待遇水平',
        'Annual salary of AIGC-related positions',
        15, '—15—', '年薪水平(万元)', '10k CNY per year (annual salary)',
        '2022-02', '2023-02', '*数据范围:2022年2月-2023年2月 数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Six values followed by six labels, both in descending order; the prose (图像识别, 算法研究员 and 深度学习 reach 1 million CNY, 产品经理 90万元) agrees. 100 is printed without decimals.',
        0, NULL,
        NULL, '年薪水平',
        'Annual salary level, in 10k CNY a year. The report does not name the statistic (mean, median or another) or say whether it is pay offered in postings or earned; press coverage of the report calls it the average.');

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
-- Extracted text of the page (section label, headline, prose; no chart):
--   033招聘观察 AIGC人才画像:专业技术、学术成果、业务落地三项全能 AIGC领域急需复合型
--   人才。相关岗位JD中,除专业要求外,NLP算法、深度学习、C++等词高频出现,算法和编程
--   功底是就职的硬性要求。 此外,多数岗位还提及“顶会Paper”、“商业化”等词汇,要求应聘
--   者拥有学术成果和业务落地经验。 创新思维是非常重要的。AIGC技术发展非常迅速,公司
--   需要具备不断探索和尝试新的技术和方法的能力,以保持技术领先地位。
--   *数据来源:脉脉高聘人才智库 —17—
-- No figures are printed. Each term is a row with the dimension of the
-- headline it supports (专业技术 / 学术成果 / 业务落地) and the report's own phrase
-- for how often postings name it.
-- The headline prints three dimensions (三项全能, "all-round in three"), and
-- the English title says the same three. 创新思维 follows in a sentence of its
-- own: it is called very important, but the text neither says that job
-- descriptions name it nor puts it under any dimension. It used to carry a
-- fourth dimension, 创新能力 / Innovation, which the report prints nowhere;
-- its dimension is now NULL (none printed), and the row stays marked
-- uncertain, with a note that says both.
-- ---------------------------------------------------------------------------
INSERT INTO datasets (report_id, dataset, title, title_en, page, page_printed, unit, unit_en,
                      data_range_start, data_range_end, footnote, publisher,
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'job-skills',
        'AIGC人才画像:专业技术、学术成果、业务落地三项全能',
        'AIGC talent profile: all-round in technical skill, academic output and business delivery',
        17, '—17—', '词频描述', 'frequency as described in words (no figures printed)',
        NULL, NULL, '*数据来源:脉脉高聘人才智库', '脉脉高聘人才智库',
        'Terms named in the page''s text, with the dimension of the headline they support (the headline prints three: 专业技术、学术成果、业务落地) and the report''s phrase for how often job descriptions name them. No figures are printed. 创新思维 is named in a sentence of its own and put under none of the three, so its dimension is null.',
        0, NULL,
        NULL, NULL,
        'No statistic: the terms job descriptions name, with the report''s own words for how often (appear often; named by most postings). No figures are printed.');

INSERT INTO job_skills (report_id, term_order, term, term_en, dimension, dimension_en, prominence, prominence_printed, uncertain, uncertainty_note) VALUES
 ('maimai-aigc-talent-2023', 1, 'NLP算法', 'NLP algorithms', '专业技术', 'Technical skill', 'high_frequency', '高频出现', 0, NULL),
 ('maimai-aigc-talent-2023', 2, '深度学习', 'Deep learning', '专业技术', 'Technical skill', 'high_frequency', '高频出现', 0, NULL),
 ('maimai-aigc-talent-2023', 3, 'C++', 'C++', '专业技术', 'Technical skill', 'high_frequency', '高频出现', 0, NULL),
 ('maimai-aigc-talent-2023', 4, '顶会Paper', 'Top-conference papers', '学术成果', 'Academic output', 'most_postings', '多数岗位还提及', 0, NULL),
 ('maimai-aigc-talent-2023', 5, '商业化', 'Commercialisation', '业务落地', 'Business delivery', 'most_postings', '多数岗位还提及', 0, NULL),
 ('maimai-aigc-talent-2023', 6, '创新思维', 'Innovative thinking', NULL, NULL, 'emphasised', '非常重要', 1, 'The report calls innovative thinking very important, in a sentence of its own, but does not say that job descriptions name it, and puts it under none of the three dimensions its headline prints; its dimension is therefore null.');

-- ---------------------------------------------------------------------------
-- Figure 12, page 6: AIGC应用图谱
--
-- Extracted text of the page (a grid: rows 应用场景 and 应用行业, columns 文本/图像/
-- 音频/视频领域; then the section label and the page's summary line, then the
-- divider of page 7):
--   应用场景 应用行业 AIGC应用图谱 文本领域 图像领域 音频领域 视频领域
--   编辑出版、营销文案、文字客服、知识科普等 图像编辑、图像生成、图像识别等
--   有声书、音乐制作、语音合成等 视频后期、虚拟人
--   传媒、影视、广告、游戏 电商、教育、医疗等 游戏、影视、设计、交通、医疗等
--   传媒、音娱、金融等 传媒、影视、电商、金融等
--   01从CHATGPT到AIGC AIGC应用图谱 赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、
--   金融等多个行业 AIGC人才画像 AIGCTALENTPORTRAIT —7—
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
                      transcription_note, uncertain, uncertainty_note,
                      page_note, statistic, statistic_en)
VALUES ('maimai-aigc-talent-2023', 'applications',
        'AIGC应用图谱',
        'Map of AIGC applications: scenarios and industries by content domain',
        6, NULL, '列表', 'list (no figures printed)',
        NULL, NULL, NULL, '脉脉高聘人才智库',
        'A grid of four content domains by two facets (应用场景 scenarios, 应用行业 industries), one row per item. Five industry fragments for four cells: the first two are one cell wrapped over two lines, matching the page''s summary line. list_open_ended marks lists printed with a closing 等 (etc.). The page has no footnote.',
        0, NULL,
        'The extracted text has no page marker for this page; it lies between the markers —5— and —7— (the marker —7— closes the section divider that follows), so it is page 6.',
        NULL,
        'No statistic: lists of application scenarios and industries for each content domain, as printed.');

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

-- ===========================================================================
-- The report's claims, checked against its figures (/claims)
--
-- Every sentence of the report with a number or a comparison that the printed
-- figures can test, and a few that they cannot (status not_checkable, with
-- the reason). Each claim quotes its sentence twice: as the text layer has it
-- (sentence_zh_extracted: the extraction writes many characters as Kangxi
-- radicals, ⼈ ⾏ ⽉, and a few as CJK radical supplements, ⻓ ⻜ ⻋ ⻛) and
-- normalised to ordinary characters (sentence_zh; ⼾ becomes 户, not NFKC's
-- 戶; spaces the PDF inserted at line ends are removed). Punctuation stays as
-- extracted (ASCII commas).
--
-- A claim is supported when every one of its checks holds. A check compares
-- two sides, each `const + Σ weight × aggregate(term)`; a term aggregates a
-- served field over the rows of a dataset of this report that its row filter
-- selects (claim_terms). The evaluator is generic (src/data/claims.rs): these
-- rows are the whole definition, and the verdicts are computed from the
-- dataset rows above every time the data loads.
--
-- How the words are read (the same words get the same bounds everywhere):
--   printed figure (6.45%, 31.3%)  ≈, within half a unit of the last printed digit
--   N成 (三成)                       [10N - 5, 10N + 5)
--   近N成, 近半数                     [10N - 5, 10N): just below the round figure
--   N成以上, X%以上, 达到X             >= the bound
--   超X, 超过                        > X
--   a fraction (三分之一, 1/3)         nearer to it than to a neighbouring simple
--                                    fraction (denominator <= 5): 1/3 is
--                                    [29.1667, 36.6667]
--   约为N倍                          the ratio in [N - 0.5, N + 0.5)
--   高出6% (an integer)              the difference in points in [5.5, 6.5)
--   最多, 领先, 领跑, 居多 (a group)    the largest (ties allowed)
--   以…为主, 以…居多 (a class)         more than half of the list
--   爆发性, 井喷, 遥遥, 暴涨, 一定        no threshold: only the direction is tested
-- Why 近 reads "just below": wherever the report's figures can be computed it
-- writes 近 for values under a round figure (近七成 68.81, 近八成 78.71, 近半数
-- 46.13) and 超 or 以上 for values over one (超1/3 34.57, 六成以上 60.79).
-- Other readings and their verdicts are kept in claim_alternatives.
--
-- decided_transcription: the reading of a chart above was decided with this
-- very sentence (which age block is AIGC, the months of the heat index, which
-- hot list is 热投 ...). Its verdict shows that the figures are consistent
-- with the sentence, not that they confirm it independently.
-- ===========================================================================

-- p4 headline · attention-grows-explosively: ChatGPT现象级出圈,AIGC关注度爆发性增长
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'attention-grows-explosively', 1, 4, NULL, 'headline',
        'ChatGPT现象级出圈,AIGC关注度爆发性增⻓',
        'ChatGPT现象级出圈,AIGC关注度爆发性增长',
        NULL,
        'ChatGPT breaks out as a phenomenon; attention to AIGC grows explosively.',
        'Direction only: the index rises after ChatGPT''s release and ends at its maximum. ''Explosive'' (爆发性) names no threshold, so the magnitude is reported, not tested.',
        'checkable', NULL,
        0, NULL,
        NULL, 'Both months used are the same in every reading the seed considers (2022-08..2023-02 read the same newest-first), but the dataset as a whole is flagged uncertain, so the claim is flagged uncertain. In the raw extracted order (oldest first) 95.12 would be 2022-02 and the claim would fail.');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'attention-grows-explosively', 1, 'The index rose after ChatGPT''s release (end of Nov 2022): Feb 2023 above Nov 2022', '0', '>', '0', NULL),
 ('maimai-aigc-talent-2023', 'attention-grows-explosively', 2, 'Feb 2023 is the highest month of the series', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'attention-grows-explosively', 1, 'left', 1, 'heat-index', 'month=2023-02', 'value', 'index', '1'),
 ('maimai-aigc-talent-2023', 'attention-grows-explosively', 1, 'right', 1, 'heat-index', 'month=2022-11', 'value', 'index', '1'),
 ('maimai-aigc-talent-2023', 'attention-grows-explosively', 2, 'left', 1, 'heat-index', 'month=2023-02', 'value', 'index', '1'),
 ('maimai-aigc-talent-2023', 'attention-grows-explosively', 2, 'right', 1, 'heat-index', '', 'max', 'index', '1');

-- p4 body · attention-peaks-may-aug-feb: 近一年脉脉热区热度指数显示,职场人在2022年5月、8月和2023年2月三个节点最关注AIGC。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'attention-peaks-may-aug-feb', 2, 4, NULL, 'body',
        '近⼀年脉脉热区热度指数显⽰,职场⼈在2022年5⽉、8⽉和2023年2⽉三个节点最关注AIGC。',
        '近一年脉脉热区热度指数显示,职场人在2022年5月、8月和2023年2月三个节点最关注AIGC。',
        NULL,
        'Over the past year, Maimai''s 热区 heat index shows professionals paid most attention to AIGC at three points: May 2022, August 2022 and February 2023.',
        '''三个节点最关注'' read as three local maxima (节点 = points in time), which is the reading the seed and the served is_peak use.',
        'checkable', NULL,
        1, 'heat-index: the month of every value from 2022-02 to 2022-07 was arranged so that this sentence holds (the seed''s ''closest to newest-first with exactly these peaks''). Support is by construction, not evidence.',
        NULL, 'The 2022-05 and 2022-08 peaks depend on rows flagged uncertain (2022-02..2022-07).');
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'attention-peaks-may-aug-feb', 1, 'the three highest months', 'not_supported', 'the three highest values are 2023-02 95.12, 2023-01 84.05, 2022-12 42.79; 2022-05 (38.41) is 5th and 2022-08 (26.44) is 7th'),
 ('maimai-aigc-talent-2023', 'attention-peaks-may-aug-feb', 2, 'local maxima of the value order as extracted (oldest first)', 'not_supported', 'peaks would be 2022-02 (95.12), 2022-09 (38.41) and 2023-01 (22.41)'),
 ('maimai-aigc-talent-2023', 'attention-peaks-may-aug-feb', 3, 'local maxima of the reverse order (newest first)', 'not_supported', 'peaks would be 2022-03 (22.41), 2022-07 (38.41) and 2023-02 (95.12)');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'attention-peaks-may-aug-feb', 1, 'Exactly three months are local maxima (is_peak)', '0', '=', '3', NULL),
 ('maimai-aigc-talent-2023', 'attention-peaks-may-aug-feb', 2, '...and they are 2022-05, 2022-08 and 2023-02', '0', '=', '3', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'attention-peaks-may-aug-feb', 1, 'left', 1, 'heat-index', 'is_peak=true', 'count', NULL, '1'),
 ('maimai-aigc-talent-2023', 'attention-peaks-may-aug-feb', 2, 'left', 1, 'heat-index', 'is_peak=true; month=2022-05|2022-08|2023-02', 'count', NULL, '1');

-- p4 body · attention-highest-feb-2023: 随着ChatGPT引爆网络,2023年2月AIGC成为国内舆论场的“流量密码”。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'attention-highest-feb-2023', 3, 4, NULL, 'body',
        '随着ChatGPT引爆⽹络,2023年2⽉AIGC成为国内舆论场的“流量密码”。',
        '随着ChatGPT引爆网络,2023年2月AIGC成为国内舆论场的“流量密码”。',
        NULL,
        'As ChatGPT set the internet alight, in February 2023 AIGC became the ''traffic code'' of China''s public discourse.',
        '''流量密码'' (the code that unlocks traffic) read as: the month of highest attention in the series.',
        'checkable', NULL,
        0, NULL,
        NULL, 'Same reading dependence as attention-grows-explosively: 95.12 is 2023-02 in the newest-first and in the used reading, 2022-02 in the raw order.');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'attention-highest-feb-2023', 1, 'Feb 2023 is the highest month', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'attention-highest-feb-2023', 1, 'left', 1, 'heat-index', 'month=2023-02', 'value', 'index', '1'),
 ('maimai-aigc-talent-2023', 'attention-highest-feb-2023', 1, 'right', 1, 'heat-index', '', 'max', 'index', '1');

-- p5 body · early-applications-media-ecommerce: 早期AIGC工具已初步应用于传媒、电商等行业
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'early-applications-media-ecommerce', 4, 5, '—5—', 'body',
        '早期AIGC⼯具已初步应⽤于传媒、电商等⾏业,随着技术创新加深,⾼性能AIGC产品将掀起全球信息产业⽣产⼒变⾰。',
        '早期AIGC工具已初步应用于传媒、电商等行业,随着技术创新加深,高性能AIGC产品将掀起全球信息产业生产力变革。',
        '早期AIGC工具已初步应用于传媒、电商等行业',
        'Early AIGC tools are already applied in industries such as media and e-commerce.',
        'Existence in the application map (page 6). A weak test: the map does not date applications (''early'', ''already'').',
        'checkable', NULL,
        0, NULL,
        NULL, '电商 in the text domain comes from the wrapped-line reading of that cell (rows flagged uncertain); it is also in the video domain, so the check does not depend on that reading, but it rests on rows flagged uncertain and is flagged too.');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'early-applications-media-ecommerce', 1, '传媒 and 电商 both appear as application industries in the map', '0', '=', '2', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'early-applications-media-ecommerce', 1, 'left', 1, 'applications', 'facet=industry; item=传媒|电商', 'count_distinct', 'item', '1');

-- p6 caption · application-map-industries: 赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'application-map-industries', 5, 6, NULL, 'caption',
        '赋能传媒、影视、⼴告、游戏、电商、教育、医疗、交通、⾦融等多个⾏业',
        '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业',
        NULL,
        'Empowers many industries such as media, film and television, advertising, gaming, e-commerce, education, healthcare, transportation and finance.',
        'Existence in a list: every industry the caption names is in some domain''s industry cell.',
        'checkable', NULL,
        1, 'applications: the caption''s order (传媒、影视、广告、游戏 + 电商、教育、医疗) is how the seed merges the two wrapped lines of the text domain''s industry cell.',
        NULL, '广告 and 教育 occur only in the text-domain rows, which are flagged uncertain.');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'application-map-industries', 1, 'All nine named industries appear in the map''s industry cells', '0', '=', '9', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'application-map-industries', 1, 'left', 1, 'applications', 'facet=industry; item=传媒|影视|广告|游戏|电商|教育|医疗|交通|金融', 'count_distinct', 'item', '1');

-- p8 headline · talent-not-exclusive-to-ai-industry: AIGC人才非AI行业专属
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'talent-not-exclusive-to-ai-industry', 6, 8, '—8—', 'headline',
        'AIGC⼈才⾮AI⾏业专属,互联⽹⼈才储备量领先',
        'AIGC人才非AI行业专属,互联网人才储备量领先',
        'AIGC人才非AI行业专属',
        'AIGC talent is not exclusive to the AI industry.',
        '''Not exclusive'' read as: most AIGC talent in the printed top 10 is outside the AI industry.',
        'checkable', NULL,
        0, NULL,
        NULL, 'The sum over all ten rows includes both 新生活服务 rows (flagged uncertain).');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'talent-not-exclusive-to-ai-industry', 1, 'The nine other printed industries together hold more AIGC talent than the AI industry', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'talent-not-exclusive-to-ai-industry', 1, 'left', 1, 'talent-industries', '', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'talent-not-exclusive-to-ai-industry', 1, 'left', 2, 'talent-industries', 'industry=人工智能', 'value', 'share_pct', '-1'),
 ('maimai-aigc-talent-2023', 'talent-not-exclusive-to-ai-industry', 1, 'right', 1, 'talent-industries', 'industry=人工智能', 'value', 'share_pct', '1');

-- p8 headline · internet-talent-leads: 互联网人才储备量领先
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'internet-talent-leads', 7, 8, '—8—', 'headline',
        'AIGC⼈才⾮AI⾏业专属,互联⽹⼈才储备量领先',
        'AIGC人才非AI行业专属,互联网人才储备量领先',
        '互联网人才储备量领先',
        'The internet industry leads in AIGC talent reserves.',
        '''互联网'' in the headline is the chart''s ''纯互联网'' (the body sentence on the same page names 纯互联网).',
        'checkable', NULL,
        0, NULL,
        'pure-internet-holds-most-talent', 'Label identity 互联网 = 纯互联网 is an entity decision (entity pure-internet).');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'internet-talent-leads', 1, '纯互联网 has the largest share of AIGC talent', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'internet-talent-leads', 1, 'left', 1, 'talent-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-talent-leads', 1, 'right', 1, 'talent-industries', '', 'max', 'share_pct', '1');

-- p8 body · talent-spread-over-several-industries: AIGC领域人才分布于多个新经济行业
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'talent-spread-over-several-industries', 8, 8, '—8—', 'body',
        'AIGC领域⼈才分布于多个新经济⾏业,其中纯互联⽹⾏业AIGC⼈才储备量最多。',
        'AIGC领域人才分布于多个新经济行业,其中纯互联网行业AIGC人才储备量最多。',
        'AIGC领域人才分布于多个新经济行业',
        'AIGC talent is spread over several new-economy industries.',
        'Only ''多个'' (several) is testable; whether the industries are ''new-economy'' (新经济) is a classification the chart does not print.',
        'checkable', NULL,
        0, NULL,
        NULL, 'Trivially true of any top-10 chart; kept for completeness.');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'talent-spread-over-several-industries', 1, 'At least three industries hold AIGC talent (''多个'' = several)', '0', '>=', '3', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'talent-spread-over-several-industries', 1, 'left', 1, 'talent-industries', '', 'count_distinct', 'industry', '1');

-- p8 body · pure-internet-holds-most-talent: 其中纯互联网行业AIGC人才储备量最多
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'pure-internet-holds-most-talent', 9, 8, '—8—', 'body',
        'AIGC领域⼈才分布于多个新经济⾏业,其中纯互联⽹⾏业AIGC⼈才储备量最多。',
        'AIGC领域人才分布于多个新经济行业,其中纯互联网行业AIGC人才储备量最多。',
        '其中纯互联网行业AIGC人才储备量最多',
        'Among them, the pure-internet industry holds the largest reserve of AIGC talent.',
        '''最多'' = the largest share (ties allowed).',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'pure-internet-holds-most-talent', 1, '纯互联网 has the largest share', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'pure-internet-holds-most-talent', 1, 'left', 1, 'talent-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'pure-internet-holds-most-talent', 1, 'right', 1, 'talent-industries', '', 'max', 'share_pct', '1');

-- p8 body · ai-industry-holds-only-6-45: 人工智能行业的AIGC人才保有量仅为6.45%
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'ai-industry-holds-only-6-45', 10, 8, '—8—', 'body',
        '⼈⼯智能⾏业的AIGC⼈才保有量仅为6.45%,其他 AIGC⼈才⼤多分布在数据密集型产业。',
        '人工智能行业的AIGC人才保有量仅为6.45%,其他AIGC人才大多分布在数据密集型产业。',
        '人工智能行业的AIGC人才保有量仅为6.45%',
        'The AI industry holds only 6.45% of AIGC talent.',
        'A printed figure: equal within half a unit of its last printed digit.',
        'checkable', NULL,
        0, NULL,
        NULL, '''仅'' (only) is rhetorical; for the record 6.45 is 4th of 10, 9.46 points below 纯互联网.');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'ai-industry-holds-only-6-45', 1, '人工智能 = 6.45 (exact to the printed hundredth)', '0', '≈', '6.45', '0.005');
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'ai-industry-holds-only-6-45', 1, 'left', 1, 'talent-industries', 'industry=人工智能', 'value', 'share_pct', '1');

-- p8 body · other-talent-in-data-intensive-industries: 其他AIGC人才大多分布在数据密集型产业
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'other-talent-in-data-intensive-industries', 11, 8, '—8—', 'body',
        '⼈⼯智能⾏业的AIGC⼈才保有量仅为6.45%,其他 AIGC⼈才⼤多分布在数据密集型产业。',
        '人工智能行业的AIGC人才保有量仅为6.45%,其他AIGC人才大多分布在数据密集型产业。',
        '其他AIGC人才大多分布在数据密集型产业',
        'The rest of AIGC talent is mostly in data-intensive industries.',
        NULL,
        'not_checkable', 'The chart does not classify industries as data-intensive (数据密集型), and it itemises only 53.29 of the 93.55 points outside the AI industry (top 10 only), so ''mostly'' (大多) cannot be computed.',
        0, NULL,
        NULL, 'Even counting all nine other printed industries as data-intensive, 53.29 of 93.55 = 57.0% -- a majority only under that external classification.');

-- p9 headline · beijing-exceeds-shanghai-plus-shenzhen-headline: 北京独领风骚,AIGC人才数量超过上海深圳之和
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen-headline', 12, 9, '—9—', 'headline',
        '北京独领⻛骚,AIGC⼈才数量超过上海深圳之和',
        '北京独领风骚,AIGC人才数量超过上海深圳之和',
        NULL,
        'Beijing stands alone: its AIGC talent outnumbers Shanghai and Shenzhen combined.',
        NULL,
        'checkable', NULL,
        0, NULL,
        'beijing-exceeds-shanghai-plus-shenzhen', NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen-headline', 1, '北京 > 上海 + 深圳', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen-headline', 1, 'left', 1, 'talent-cities', 'city=北京', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen-headline', 1, 'right', 1, 'talent-cities', 'city=上海', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen-headline', 1, 'right', 2, 'talent-cities', 'city=深圳', 'value', 'share_pct', '1');

-- p9 body · talent-mostly-in-tier1-and-new-tier1-cities: AIGC人才多分布于一线、新一线城市
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'talent-mostly-in-tier1-and-new-tier1-cities', 13, 9, '—9—', 'body',
        'AIGC⼈才多分布于⼀线、新⼀线城市,六成以上聚集在北京、上海、深圳三地。',
        'AIGC人才多分布于一线、新一线城市,六成以上聚集在北京、上海、深圳三地。',
        'AIGC人才多分布于一线、新一线城市',
        'AIGC talent is mostly in first-tier and new-first-tier cities.',
        '''多'' = most (more than half). The tier of each city is not printed: the filter encodes the usual classification (一线 北京 上海 广州 深圳; 新一线 per 第一财经·新一线城市研究所 2022: 杭州 成都 南京 武汉 西安 苏州 all on it).',
        'checkable', NULL,
        0, NULL,
        NULL, 'External classification embedded in the filter; all ten printed cities qualify, so the filter equals ''all rows''.');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'talent-mostly-in-tier1-and-new-tier1-cities', 1, 'The printed cities, all first-tier or new-first-tier, hold more than half', '0', '>', '50', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'talent-mostly-in-tier1-and-new-tier1-cities', 1, 'left', 1, 'talent-cities', 'city=北京|上海|广州|深圳|杭州|成都|南京|武汉|西安|苏州', 'sum', 'share_pct', '1');

-- p9 body · over-60-percent-in-beijing-shanghai-shenzhen: 六成以上聚集在北京、上海、深圳三地
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'over-60-percent-in-beijing-shanghai-shenzhen', 14, 9, '—9—', 'body',
        'AIGC⼈才多分布于⼀线、新⼀线城市,六成以上聚集在北京、上海、深圳三地。',
        'AIGC人才多分布于一线、新一线城市,六成以上聚集在北京、上海、深圳三地。',
        '六成以上聚集在北京、上海、深圳三地',
        'More than 60% are concentrated in Beijing, Shanghai and Shenzhen.',
        '''N成以上'' = at least 10N percent (以上 includes the bound; strict > gives the same verdict).',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'over-60-percent-in-beijing-shanghai-shenzhen', 1, '北京 + 上海 + 深圳 >= 60', '0', '>=', '60', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'over-60-percent-in-beijing-shanghai-shenzhen', 1, 'left', 1, 'talent-cities', 'city=北京|上海|深圳', 'sum', 'share_pct', '1');

-- p9 body · beijing-holds-a-third: 其中,北京独占三分之一
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'beijing-holds-a-third', 15, 9, '—9—', 'body',
        '其中,北京独占三分之⼀,数量超过上海、深圳两城总 和,⼈才吸引⼒遥遥领先。',
        '其中,北京独占三分之一,数量超过上海、深圳两城总和,人才吸引力遥遥领先。',
        '其中,北京独占三分之一',
        'Of these, Beijing alone holds a third.',
        'A plain fraction is satisfied when the value is nearer to it than to any neighbouring simple fraction (denominator <= 5): 1/4 = 25, 1/3 = 33.33, 2/5 = 40, midpoints 29.17 and 36.67.',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'beijing-holds-a-third', 1, 'within 2 pp of 33.33 (tests/api/prose_claims.rs)', 'supported', '|31.42 - 33.33| = 1.91 <= 2'),
 ('maimai-aigc-talent-2023', 'beijing-holds-a-third', 2, 'within 1 pp of 33.33', 'not_supported', '1.91 > 1'),
 ('maimai-aigc-talent-2023', 'beijing-holds-a-third', 3, '''独占三分之一'' as ''at least a third''', 'not_supported', '31.42 < 33.33');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'beijing-holds-a-third', 1, '北京 nearer 1/3 than 1/4 (lower midpoint 29.1667)', '0', '>=', '29.1667', NULL),
 ('maimai-aigc-talent-2023', 'beijing-holds-a-third', 2, '北京 nearer 1/3 than 2/5 (upper midpoint 36.6667)', '0', '<=', '36.6667', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'beijing-holds-a-third', 1, 'left', 1, 'talent-cities', 'city=北京', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'beijing-holds-a-third', 2, 'left', 1, 'talent-cities', 'city=北京', 'value', 'share_pct', '1');

-- p9 body · beijing-exceeds-shanghai-plus-shenzhen: 数量超过上海、深圳两城总和
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen', 16, 9, '—9—', 'body',
        '其中,北京独占三分之⼀,数量超过上海、深圳两城总 和,⼈才吸引⼒遥遥领先。',
        '其中,北京独占三分之一,数量超过上海、深圳两城总和,人才吸引力遥遥领先。',
        '数量超过上海、深圳两城总和',
        'Beijing''s AIGC talent outnumbers Shanghai and Shenzhen combined.',
        NULL,
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen', 1, '北京 > 上海 + 深圳', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen', 1, 'left', 1, 'talent-cities', 'city=北京', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen', 1, 'right', 1, 'talent-cities', 'city=上海', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'beijing-exceeds-shanghai-plus-shenzhen', 1, 'right', 2, 'talent-cities', 'city=深圳', 'value', 'share_pct', '1');

-- p9 body · beijing-far-ahead: 人才吸引力遥遥领先
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'beijing-far-ahead', 17, 9, '—9—', 'body',
        '其中,北京独占三分之⼀,数量超过上海、深圳两城总 和,⼈才吸引⼒遥遥领先。',
        '其中,北京独占三分之一,数量超过上海、深圳两城总和,人才吸引力遥遥领先。',
        '人才吸引力遥遥领先',
        'Beijing''s attraction for talent is far ahead of the rest.',
        'Direction only (first place); ''far'' (遥遥) names no threshold -- the neighbouring clause (more than Shanghai + Shenzhen) is the report''s own measure of the lead.',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'beijing-far-ahead', 1, '北京 has the largest share', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'beijing-far-ahead', 1, 'left', 1, 'talent-cities', 'city=北京', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'beijing-far-ahead', 1, 'right', 1, 'talent-cities', '', 'max', 'share_pct', '1');

-- p10 headline · aigc-three-in-ten-under-30: AIGC领域人才三成小于30岁
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'aigc-three-in-ten-under-30', 18, 10, '—10—', 'headline',
        'AIGC领域⼈才三成⼩于30岁,超1/3⼤于35岁',
        'AIGC领域人才三成小于30岁,超1/3大于35岁',
        'AIGC领域人才三成小于30岁',
        'Three in ten AIGC professionals are under 30.',
        '''N成'' plain = rounds to N tenths: [10N-5, 10N+5).',
        'checkable', NULL,
        1, 'talent-ages: which of the two printed blocks is the AIGC cohort (block B) was decided by this and the other page-10 statements; with the blocks swapped AIGC under 30 would be 37.04.',
        NULL, NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'aigc-three-in-ten-under-30', 1, 'at least 30 (''三成'' as a floor)', 'supported', '31.19 >= 30');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'aigc-three-in-ten-under-30', 1, 'AIGC under 30 >= 25 (rounds to 三成 on the tenths scale)', '0', '>=', '25', NULL),
 ('maimai-aigc-talent-2023', 'aigc-three-in-ten-under-30', 2, 'AIGC under 30 < 35', '0', '<', '35', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'aigc-three-in-ten-under-30', 1, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=20-25岁|25-30岁', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'aigc-three-in-ten-under-30', 2, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=20-25岁|25-30岁', 'sum', 'share_pct', '1');

-- p10 headline · aigc-over-a-third-over-35: 超1/3大于35岁
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'aigc-over-a-third-over-35', 19, 10, '—10—', 'headline',
        'AIGC领域⼈才三成⼩于30岁,超1/3⼤于35岁',
        'AIGC领域人才三成小于30岁,超1/3大于35岁',
        '超1/3大于35岁',
        'More than a third are over 35.',
        '''超'' = strictly more than.',
        'checkable', NULL,
        1, 'talent-ages cohort assignment (see aigc-three-in-ten-under-30); with blocks swapped: 28.14.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'aigc-over-a-third-over-35', 1, 'AIGC over 35 > 1/3', '0', '>', '33.3333', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'aigc-over-a-third-over-35', 1, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '1');

-- p10 body · aigc-nearly-seven-in-ten-over-30: 与互联网行业不同,AIGC领域近七成从业者年龄大于30岁。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'aigc-nearly-seven-in-ten-over-30', 20, 10, '—10—', 'body',
        '与互联⽹⾏业不同,AIGC领域近七成从业者年龄⼤于30岁。',
        '与互联网行业不同,AIGC领域近七成从业者年龄大于30岁。',
        NULL,
        'Unlike the internet industry, nearly 70% of AIGC professionals are over 30.',
        '''近N成'' = [10N-5, 10N). The contrast ''与互联网行业不同'' is read as direction (AIGC older); the internet figure, 62.96, would itself be called 六成多, not 近七成.',
        'checkable', NULL,
        1, 'talent-ages cohort assignment.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'aigc-nearly-seven-in-ten-over-30', 1, 'AIGC over 30 >= 65', '0', '>=', '65', NULL),
 ('maimai-aigc-talent-2023', 'aigc-nearly-seven-in-ten-over-30', 2, 'AIGC over 30 < 70 (''近'' = just below)', '0', '<', '70', NULL),
 ('maimai-aigc-talent-2023', 'aigc-nearly-seven-in-ten-over-30', 3, '''Unlike the internet industry'': AIGC''s over-30 share exceeds the internet industry''s', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'aigc-nearly-seven-in-ten-over-30', 1, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=30-35岁|35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'aigc-nearly-seven-in-ten-over-30', 2, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=30-35岁|35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'aigc-nearly-seven-in-ten-over-30', 3, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=30-35岁|35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'aigc-nearly-seven-in-ten-over-30', 3, 'right', 1, 'talent-ages', 'cohort=internet; age_band=30-35岁|35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '1');

-- p10 body · aigc-34-5-percent-over-35: 34.5%以上AIGC人才在35岁以上
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'aigc-34-5-percent-over-35', 21, 10, '—10—', 'body',
        '34.5%以上AIGC⼈才在35岁以上,⽐互联⽹⾏业⾼出6%。',
        '34.5%以上AIGC人才在35岁以上,比互联网行业高出6%。',
        '34.5%以上AIGC人才在35岁以上',
        '34.5% or more of AIGC talent is over 35.',
        '''X%以上'' = at least X. 34.5 looks like 34.57 truncated to one decimal.',
        'checkable', NULL,
        1, 'talent-ages cohort assignment; also the placement of 34.24 vs 34.82 is fixed by the block sums, not by this sentence.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'aigc-34-5-percent-over-35', 1, 'AIGC over 35 >= 34.5', '0', '>=', '34.5', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'aigc-34-5-percent-over-35', 1, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '1');

-- p10 body · aigc-over-35-six-points-above-internet: 比互联网行业高出6%
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 22, 10, '—10—', 'body',
        '34.5%以上AIGC⼈才在35岁以上,⽐互联⽹⾏业⾼出6%。',
        '34.5%以上AIGC人才在35岁以上,比互联网行业高出6%。',
        '比互联网行业高出6%',
        'The share of AIGC talent over 35 is 6% higher than in the internet industry.',
        '''高出6%'' as a difference of percentage points, rounded to the printed integer.',
        'checkable', NULL,
        1, 'talent-ages cohort assignment (the seed''s main argument: with blocks swapped the difference is -6.43).',
        NULL, NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 1, 'relative: 6% more than the internet share', 'not_supported', '34.57 / 28.14 - 1 = 22.85% (6% relative would need 28.14 x 1.06 = 29.83)'),
 ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 2, 'truncated integer, [6, 7) (tests/api/prose_claims.rs)', 'supported', '6.43 in [6, 7)');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 1, 'AIGC over 35 minus internet over 35 >= 5.5 (percentage points)', '0', '>=', '5.5', NULL),
 ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 2, 'AIGC over 35 minus internet over 35 < 6.5 (percentage points)', '0', '<', '6.5', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 1, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 1, 'left', 2, 'talent-ages', 'cohort=internet; age_band=35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '-1'),
 ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 2, 'left', 1, 'talent-ages', 'cohort=aigc; age_band=35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'aigc-over-35-six-points-above-internet', 2, 'left', 2, 'talent-ages', 'cohort=internet; age_band=35-40岁|40-45岁|45岁以上', 'sum', 'share_pct', '-1');

-- p12 headline · recruiting-strong-2023-record-headline: AIGC领域招聘需求强劲,2023年AIGC人才招聘数量创历史新高
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'recruiting-strong-2023-record-headline', 23, 12, '—12—', 'headline',
        'AIGC领域招聘需求强劲,2023年AIGC⼈才招聘数量创历史新⾼',
        'AIGC领域招聘需求强劲,2023年AIGC人才招聘数量创历史新高',
        NULL,
        'Recruiting demand in AIGC is strong; AIGC hiring in 2023 hits a record high.',
        'A record of the posting count (not of the growth rate), over the years the chart reaches: growth of 2020 compares with 2019, so levels 2019-2023 are ordered; nothing is printed before 2019.',
        'checkable', NULL,
        0, NULL,
        NULL, 'Scope: January-February of each year only, and ''historic'' only back to 2019.');
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'recruiting-strong-2023-record-headline', 1, 'the 2023 growth rate is a record', 'not_supported', '31.30 is the lowest of 39.27, 281.88, 76.74, 31.30');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'recruiting-strong-2023-record-headline', 1, 'Every charted year grew (so Jan-Feb postings rose every year 2019 -> 2023 and 2023 is the highest of the five)', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'recruiting-strong-2023-record-headline', 1, 'left', 1, 'job-growth', '', 'min', 'yoy_growth_pct', '1');

-- p12 body · postings-boom-past-two-years: 近两年,AIGC领域岗位数量井喷增长。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'postings-boom-past-two-years', 24, 12, '—12—', 'body',
        '近两年,AIGC领域岗位数量井喷增⻓。',
        '近两年,AIGC领域岗位数量井喷增长。',
        NULL,
        'Over the past two years, AIGC postings have grown explosively.',
        'Direction only; ''井喷'' (blowout) names no threshold. ''近两年'' read as the 2022 and 2023 periods (2021-2023 also holds: min 31.30).',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'postings-boom-past-two-years', 1, 'Growth was positive in both of the last two years', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'postings-boom-past-two-years', 1, 'left', 1, 'job-growth', 'year=2022|2023', 'min', 'yoy_growth_pct', '1');

-- p12 body · dalle-2021-demand-surge: 2021年1月,OpenAI开发的文本生成图像工具DALL·E面世,引发国内AI人才招聘需求暴涨。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'dalle-2021-demand-surge', 25, 12, '—12—', 'body',
        '2021年1⽉,OpenAI开发的⽂本⽣成图像⼯具DALL·E⾯世,引发国内AI⼈才招聘需求暴涨。',
        '2021年1月,OpenAI开发的文本生成图像工具DALL·E面世,引发国内AI人才招聘需求暴涨。',
        NULL,
        'In January 2021 OpenAI''s text-to-image tool DALL-E appeared, setting off a surge in domestic demand for AI talent.',
        '''暴涨'' (surge) read as the largest growth in the chart; the causal link to DALL-E is not testable.',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'dalle-2021-demand-surge', 1, '2021 has the highest growth of the four years', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'dalle-2021-demand-surge', 1, 'left', 1, 'job-growth', 'year=2021', 'value', 'yoy_growth_pct', '1'),
 ('maimai-aigc-talent-2023', 'dalle-2021-demand-surge', 1, 'right', 1, 'job-growth', '', 'max', 'yoy_growth_pct', '1');

-- p12 body · postings-2021-up-281-88: 2021年1-2月,AIGC领域岗位数量同比上涨281.88%。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'postings-2021-up-281-88', 26, 12, '—12—', 'body',
        '2021年1-2⽉,AIGC领域岗位数量同⽐上涨281.88%。',
        '2021年1-2月,AIGC领域岗位数量同比上涨281.88%。',
        NULL,
        'In January-February 2021, AIGC postings rose 281.88% year on year.',
        NULL,
        'checkable', NULL,
        1, 'job-growth: the year of each printed value was read from these sentences.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'postings-2021-up-281-88', 1, '2021 = 281.88', '0', '≈', '281.88', '0.005');
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'postings-2021-up-281-88', 1, 'left', 1, 'job-growth', 'year=2021', 'value', 'yoy_growth_pct', '1');

-- p12 body · postings-2022-up-76-74: 2022年1-2月,AIGC领域岗位数量同比增长76.74%。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'postings-2022-up-76-74', 27, 12, '—12—', 'body',
        '2022年1-2⽉,AIGC领域岗位数量同⽐增⻓76.74%。',
        '2022年1-2月,AIGC领域岗位数量同比增长76.74%。',
        NULL,
        'In January-February 2022, AIGC postings grew 76.74% year on year.',
        NULL,
        'checkable', NULL,
        1, 'job-growth year mapping.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'postings-2022-up-76-74', 1, '2022 = 76.74', '0', '≈', '76.74', '0.005');
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'postings-2022-up-76-74', 1, 'left', 1, 'job-growth', 'year=2022', 'value', 'yoy_growth_pct', '1');

-- p12 body · postings-2023-up-31-3: AIGC人才需求再度逆势上涨,岗位数量同比增长31.3%
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'postings-2023-up-31-3', 28, 12, '—12—', 'body',
        '随后,Dall-E2、StableDiffusion模型相继推出,尤其是2023年1⽉ChatGPT横空出世,AIGC⼈才需求再度逆势上涨,岗位数量同⽐增⻓ 31.3%,创历史新⾼。',
        '随后,Dall-E2、StableDiffusion模型相继推出,尤其是2023年1月ChatGPT横空出世,AIGC人才需求再度逆势上涨,岗位数量同比增长31.3%,创历史新高。',
        'AIGC人才需求再度逆势上涨,岗位数量同比增长31.3%',
        'AIGC talent demand rose again against the trend, with postings up 31.3% year on year.',
        'Prose prints one decimal (31.3), the chart two (31.30). ''逆势'' (against the market trend) refers to the wider job market, not printed.',
        'checkable', NULL,
        1, 'job-growth year mapping (2023 = 31.30, so 39.27 is 2020 by elimination).',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'postings-2023-up-31-3', 1, '2023 = 31.3 (to the printed tenth)', '0', '≈', '31.3', '0.05'),
 ('maimai-aigc-talent-2023', 'postings-2023-up-31-3', 2, '''再度上涨'': growth positive again', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'postings-2023-up-31-3', 1, 'left', 1, 'job-growth', 'year=2023', 'value', 'yoy_growth_pct', '1'),
 ('maimai-aigc-talent-2023', 'postings-2023-up-31-3', 2, 'left', 1, 'job-growth', 'year=2023', 'value', 'yoy_growth_pct', '1');

-- p12 body · postings-2023-record-high: 创历史新高
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'postings-2023-record-high', 29, 12, '—12—', 'body',
        '随后,Dall-E2、StableDiffusion模型相继推出,尤其是2023年1⽉ChatGPT横空出世,AIGC⼈才需求再度逆势上涨,岗位数量同⽐增⻓ 31.3%,创历史新⾼。',
        '随后,Dall-E2、StableDiffusion模型相继推出,尤其是2023年1月ChatGPT横空出世,AIGC人才需求再度逆势上涨,岗位数量同比增长31.3%,创历史新高。',
        '创历史新高',
        'AIGC postings (January-February 2023) reached a record high.',
        'The subject of 创历史新高 is the posting count (岗位数量), not the growth rate.',
        'checkable', NULL,
        0, NULL,
        'recruiting-strong-2023-record-headline', NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'postings-2023-record-high', 1, 'the growth rate 31.3% is a record', 'not_supported', '31.30 < 39.27 < 76.74 < 281.88 -- the lowest of the four');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'postings-2023-record-high', 1, 'Every charted year grew, so the 2023 count is the highest since 2019', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'postings-2023-record-high', 1, 'left', 1, 'job-growth', '', 'min', 'yoy_growth_pct', '1');

-- p13 headline · internet-most-talent-and-strongest-new-demand: 互联网行业AIGC人才存量最多、增量需求最强
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'internet-most-talent-and-strongest-new-demand', 30, 13, '—13—', 'headline',
        '互联⽹⾏业AIGC⼈才存量最多、增量需求最强',
        '互联网行业AIGC人才存量最多、增量需求最强',
        NULL,
        'The internet industry has the largest stock of AIGC talent and the strongest new demand.',
        '存量 = talent-industries, 增量需求 = job-industries; 互联网 = 纯互联网 in both.',
        'checkable', NULL,
        0, NULL,
        NULL, 'Cross-chart claim; depends on the identity 互联网行业 = 纯互联网 (the entity rows below: pure-internet).');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'internet-most-talent-and-strongest-new-demand', 1, 'Stock: 纯互联网 has the largest talent share', '0', '>=', '0', NULL),
 ('maimai-aigc-talent-2023', 'internet-most-talent-and-strongest-new-demand', 2, 'New demand: 纯互联网 has the largest share of new postings', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'internet-most-talent-and-strongest-new-demand', 1, 'left', 1, 'talent-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-most-talent-and-strongest-new-demand', 1, 'right', 1, 'talent-industries', '', 'max', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-most-talent-and-strongest-new-demand', 2, 'left', 1, 'job-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-most-talent-and-strongest-new-demand', 2, 'right', 1, 'job-industries', '', 'max', 'share_pct', '1');

-- p13 body · internet-posts-most: 互联网行业AIGC岗位发布量最多
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'internet-posts-most', 31, 13, '—13—', 'body',
        '互联⽹⾏业AIGC岗位发布量最多,占新发岗位总量的1/3,数量约为⼈⼯智能⾏业的3倍之多,且超过新⾦融科技和游戏⾏业之和。',
        '互联网行业AIGC岗位发布量最多,占新发岗位总量的1/3,数量约为人工智能行业的3倍之多,且超过新金融科技和游戏行业之和。',
        '互联网行业AIGC岗位发布量最多',
        'The internet industry publishes the most AIGC postings.',
        NULL,
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'internet-posts-most', 1, '纯互联网 has the largest share of new postings', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'internet-posts-most', 1, 'left', 1, 'job-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-posts-most', 1, 'right', 1, 'job-industries', '', 'max', 'share_pct', '1');

-- p13 body · internet-posts-a-third: 占新发岗位总量的1/3
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'internet-posts-a-third', 32, 13, '—13—', 'body',
        '互联⽹⾏业AIGC岗位发布量最多,占新发岗位总量的1/3,数量约为⼈⼯智能⾏业的3倍之多,且超过新⾦融科技和游戏⾏业之和。',
        '互联网行业AIGC岗位发布量最多,占新发岗位总量的1/3,数量约为人工智能行业的3倍之多,且超过新金融科技和游戏行业之和。',
        '占新发岗位总量的1/3',
        'The internet industry accounts for a third of all new AIGC postings.',
        'Plain fraction: nearest simple fraction (denominator <= 5).',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'internet-posts-a-third', 1, 'within 1 pp of 33.33 (tests/api/prose_claims.rs)', 'supported', '0.22 <= 1');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'internet-posts-a-third', 1, '>= 29.1667 (nearer 1/3 than 1/4)', '0', '>=', '29.1667', NULL),
 ('maimai-aigc-talent-2023', 'internet-posts-a-third', 2, '<= 36.6667 (nearer 1/3 than 2/5)', '0', '<=', '36.6667', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'internet-posts-a-third', 1, 'left', 1, 'job-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-posts-a-third', 2, 'left', 1, 'job-industries', 'industry=纯互联网', 'value', 'share_pct', '1');

-- p13 body · internet-posts-three-times-ai: 数量约为人工智能行业的3倍之多
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'internet-posts-three-times-ai', 33, 13, '—13—', 'body',
        '互联⽹⾏业AIGC岗位发布量最多,占新发岗位总量的1/3,数量约为⼈⼯智能⾏业的3倍之多,且超过新⾦融科技和游戏⾏业之和。',
        '互联网行业AIGC岗位发布量最多,占新发岗位总量的1/3,数量约为人工智能行业的3倍之多,且超过新金融科技和游戏行业之和。',
        '数量约为人工智能行业的3倍之多',
        'The internet industry posts about three times as many AIGC jobs as the AI industry.',
        '''约为N倍'' = the ratio rounds to N: [N-0.5, N+0.5), written with weights on the right-hand term.',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'internet-posts-three-times-ai', 1, '''3倍之多'' as at least three times', 'not_supported', '33.11 < 3 x 11.59 = 34.77 (short by 1.66)');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'internet-posts-three-times-ai', 1, '纯互联网 >= 2.5 x 人工智能', '0', '>=', '0', NULL),
 ('maimai-aigc-talent-2023', 'internet-posts-three-times-ai', 2, '纯互联网 < 3.5 x 人工智能', '0', '<', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'internet-posts-three-times-ai', 1, 'left', 1, 'job-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-posts-three-times-ai', 1, 'right', 1, 'job-industries', 'industry=人工智能', 'value', 'share_pct', '2.5'),
 ('maimai-aigc-talent-2023', 'internet-posts-three-times-ai', 2, 'left', 1, 'job-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-posts-three-times-ai', 2, 'right', 1, 'job-industries', 'industry=人工智能', 'value', 'share_pct', '3.5');

-- p13 body · internet-exceeds-fintech-plus-gaming: 且超过新金融科技和游戏行业之和
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'internet-exceeds-fintech-plus-gaming', 34, 13, '—13—', 'body',
        '互联⽹⾏业AIGC岗位发布量最多,占新发岗位总量的1/3,数量约为⼈⼯智能⾏业的3倍之多,且超过新⾦融科技和游戏⾏业之和。',
        '互联网行业AIGC岗位发布量最多,占新发岗位总量的1/3,数量约为人工智能行业的3倍之多,且超过新金融科技和游戏行业之和。',
        '且超过新金融科技和游戏行业之和',
        'The internet industry posts more AIGC jobs than new fintech and gaming combined.',
        NULL,
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'internet-exceeds-fintech-plus-gaming', 1, '纯互联网 > 新金融科技 + 游戏', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'internet-exceeds-fintech-plus-gaming', 1, 'left', 1, 'job-industries', 'industry=纯互联网', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-exceeds-fintech-plus-gaming', 1, 'right', 1, 'job-industries', 'industry=新金融科技', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'internet-exceeds-fintech-plus-gaming', 1, 'right', 2, 'job-industries', 'industry=游戏', 'value', 'share_pct', '1');

-- p14 headline · algorithm-demand-product-supply-imbalance: AIGC人才供需结构失衡:算法人才需求旺,产品经理投递多
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'algorithm-demand-product-supply-imbalance', 35, 14, '—14—', 'headline',
        'AIGC⼈才供需结构失衡:算法⼈才需求旺,产品经理投递多',
        'AIGC人才供需结构失衡:算法人才需求旺,产品经理投递多',
        NULL,
        'AIGC talent supply and demand are structurally imbalanced: algorithm talent is in high demand, product managers apply in large numbers.',
        'Ranks compared as values of the rank field (1 = hottest). ''算法人才'' is a class: 算法工程师 and 算法研究员 (推荐算法 is not in either list).',
        'checkable', NULL,
        1, 'hot-jobs: which printed list is 热招 (demand) and which 热投 (supply) -- both are titled 热招岗位TOP10 in the text -- was decided by the page''s prose.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'algorithm-demand-product-supply-imbalance', 1, 'An algorithm role tops the demand list', '0', '=', '1', NULL),
 ('maimai-aigc-talent-2023', 'algorithm-demand-product-supply-imbalance', 2, '产品经理 tops the supply list', '0', '=', '1', NULL),
 ('maimai-aigc-talent-2023', 'algorithm-demand-product-supply-imbalance', 3, 'Imbalance: 产品经理 ranks higher (smaller number) on the supply side than on the demand side', '0', '<', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'algorithm-demand-product-supply-imbalance', 1, 'left', 1, 'hot-jobs', 'side=demand; position=算法工程师|算法研究员', 'min', 'rank', '1'),
 ('maimai-aigc-talent-2023', 'algorithm-demand-product-supply-imbalance', 2, 'left', 1, 'hot-jobs', 'side=supply; position=产品经理', 'value', 'rank', '1'),
 ('maimai-aigc-talent-2023', 'algorithm-demand-product-supply-imbalance', 3, 'left', 1, 'hot-jobs', 'side=supply; position=产品经理', 'value', 'rank', '1'),
 ('maimai-aigc-talent-2023', 'algorithm-demand-product-supply-imbalance', 3, 'right', 1, 'hot-jobs', 'side=demand; position=产品经理', 'value', 'rank', '1');

-- p14 body · demand-led-by-technical-roles: AIGC领域热招岗位以技术岗位为主
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'demand-led-by-technical-roles', 36, 14, '—14—', 'body',
        '在需求端,AIGC领域热招岗位以技术岗位为主,算法⼯程师、⾃然语⾔处理、图像识别等研发⼈才需求旺盛。',
        '在需求端,AIGC领域热招岗位以技术岗位为主,算法工程师、自然语言处理、图像识别等研发人才需求旺盛。',
        'AIGC领域热招岗位以技术岗位为主',
        'On the demand side, the most-recruited AIGC positions are mainly technical.',
        '''以…为主'' = majority. The technical/non-technical split is not printed; the filter encodes it (the report itself calls 产品经理 and 运营 roles non-technical, p14-15). Robust: dropping the ambiguous 人工智能 and 高端技术职位 still leaves 6 > 5.',
        'checkable', NULL,
        1, 'hot-jobs side assignment.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'demand-led-by-technical-roles', 1, 'More than half of the demand top 10 are technical', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'demand-led-by-technical-roles', 1, 'left', 1, 'hot-jobs', 'side=demand; position=算法工程师|自然语言处理|算法研究员|图像识别-计算机视觉|人工智能|深度学习|机器学习|高端技术职位', 'count', NULL, '1'),
 ('maimai-aigc-talent-2023', 'demand-led-by-technical-roles', 1, 'right', 1, 'hot-jobs', 'side=demand', 'count', NULL, '0.5');

-- p14 body · rd-roles-in-high-demand: 算法工程师、自然语言处理、图像识别等研发人才需求旺盛
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'rd-roles-in-high-demand', 37, 14, '—14—', 'body',
        '在需求端,AIGC领域热招岗位以技术岗位为主,算法⼯程师、⾃然语⾔处理、图像识别等研发⼈才需求旺盛。',
        '在需求端,AIGC领域热招岗位以技术岗位为主,算法工程师、自然语言处理、图像识别等研发人才需求旺盛。',
        '算法工程师、自然语言处理、图像识别等研发人才需求旺盛',
        'Algorithm engineers, NLP, image recognition and other R&D talent are in strong demand.',
        'Prose ''图像识别'' = chart label ''图像识别-计算机视觉'' (entity computer-vision). ''需求旺盛'' = in the 热招 list, and high in it.',
        'checkable', NULL,
        1, 'hot-jobs side assignment (these are the seed''s evidence that the left list is demand).',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'rd-roles-in-high-demand', 1, 'All three named positions are in the demand top 10', '0', '=', '3', NULL),
 ('maimai-aigc-talent-2023', 'rd-roles-in-high-demand', 2, '...and all in its top half', '0', '<=', '5', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'rd-roles-in-high-demand', 1, 'left', 1, 'hot-jobs', 'side=demand; position=算法工程师|自然语言处理|图像识别-计算机视觉', 'count', NULL, '1'),
 ('maimai-aigc-talent-2023', 'rd-roles-in-high-demand', 2, 'left', 1, 'hot-jobs', 'side=demand; position=算法工程师|自然语言处理|图像识别-计算机视觉', 'max', 'rank', '1');

-- p14 body · supply-led-by-product-and-operations: AIGC领域热投岗位则以AI产品经理类、运营类等非技术岗位居多
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'supply-led-by-product-and-operations', 38, 14, '—14—', 'body',
        '⽽在供给端,AIGC领域热投 岗位则以AI产品经理类、运营类等⾮技术岗位居多,存在⼀定供需结构失衡现象。',
        '而在供给端,AIGC领域热投岗位则以AI产品经理类、运营类等非技术岗位居多,存在一定供需结构失衡现象。',
        'AIGC领域热投岗位则以AI产品经理类、运营类等非技术岗位居多',
        'On the supply side, the most-applied-to positions are mostly non-technical, such as AI product managers and operations.',
        '''居多'' = majority. ''AI产品经理类'' is a class (产品经理, AI策略产品经理); ''运营类'' the four 运营 labels.',
        'checkable', NULL,
        1, 'hot-jobs side assignment.',
        NULL, NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'supply-led-by-product-and-operations', 1, 'plurality: the product/operations group is the largest group', 'supported', '6 or 7 non-technical vs 3 technical (算法工程师, 自然语言处理, 算法研究员)');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'supply-led-by-product-and-operations', 1, 'Product-manager and operations roles are more than half of the supply top 10', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'supply-led-by-product-and-operations', 1, 'left', 1, 'hot-jobs', 'side=supply; position=产品经理|AI策略产品经理|用户运营|产品运营|社区运营|运营经理-运营主管', 'count', NULL, '1'),
 ('maimai-aigc-talent-2023', 'supply-led-by-product-and-operations', 1, 'right', 1, 'hot-jobs', 'side=supply', 'count', NULL, '0.5');

-- p14 body · supply-demand-structural-imbalance: 存在一定供需结构失衡现象
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'supply-demand-structural-imbalance', 39, 14, '—14—', 'body',
        '⽽在供给端,AIGC领域热投 岗位则以AI产品经理类、运营类等⾮技术岗位居多,存在⼀定供需结构失衡现象。',
        '而在供给端,AIGC领域热投岗位则以AI产品经理类、运营类等非技术岗位居多,存在一定供需结构失衡现象。',
        '存在一定供需结构失衡现象',
        'There is a degree of structural imbalance between supply and demand.',
        '''一定'' (some) names no size; the test is the direction of the structural difference. Rank gaps (the entity rows below: pure-internet) tell the same story: 产品经理 -5, AI策略产品经理 -2, algorithm roles +1 to +4.',
        'checkable', NULL,
        1, 'hot-jobs side assignment.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'supply-demand-structural-imbalance', 1, 'More non-technical positions among the most applied-to than among the most recruited-for', '0', '>', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'supply-demand-structural-imbalance', 1, 'left', 1, 'hot-jobs', 'side=supply; position=产品经理|AI策略产品经理|用户运营|产品运营|社区运营|运营经理-运营主管|战略咨询', 'count', NULL, '1'),
 ('maimai-aigc-talent-2023', 'supply-demand-structural-imbalance', 1, 'right', 1, 'hot-jobs', 'side=demand; position=产品经理|AI策略产品经理|用户运营|产品运营|社区运营|运营经理-运营主管|战略咨询', 'count', NULL, '1');

-- p15 headline · image-recognition-tops-salaries: 图像识别岗位年薪百万,领跑AIGC人才薪资
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'image-recognition-tops-salaries', 40, 15, '—15—', 'headline',
        '图像识别岗位年薪百万,领跑AIGC⼈才薪资',
        '图像识别岗位年薪百万,领跑AIGC人才薪资',
        NULL,
        'Image-recognition positions pay a million a year, leading AIGC salaries.',
        '''年薪百万'' = at least 100 万元 (1 million CNY) a year.',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'image-recognition-tops-salaries', 1, '图像识别-计算机视觉 >= 100 (10k CNY)', '0', '>=', '100', NULL),
 ('maimai-aigc-talent-2023', 'image-recognition-tops-salaries', 2, '...and is the highest', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'image-recognition-tops-salaries', 1, 'left', 1, 'salaries', 'position=图像识别-计算机视觉', 'value', 'annual_salary_10k_cny', '1'),
 ('maimai-aigc-talent-2023', 'image-recognition-tops-salaries', 2, 'left', 1, 'salaries', 'position=图像识别-计算机视觉', 'value', 'annual_salary_10k_cny', '1'),
 ('maimai-aigc-talent-2023', 'image-recognition-tops-salaries', 2, 'right', 1, 'salaries', '', 'max', 'annual_salary_10k_cny', '1');

-- p15 body · three-roles-reach-a-million: AIGC领域热招岗位中,图像识别、算法研究员、深度学习岗位的薪资均已达到百万。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'three-roles-reach-a-million', 41, 15, '—15—', 'body',
        'AIGC领域热招岗位中,图像识别、算法研究员、深度学习岗位的薪资均已达到百万。',
        'AIGC领域热招岗位中,图像识别、算法研究员、深度学习岗位的薪资均已达到百万。',
        NULL,
        'Among the hot AIGC positions, image recognition, algorithm researcher and deep learning all pay a million.',
        '''达到'' = reaches, i.e. >= (深度学习 is printed ''100'' without decimals).',
        'checkable', NULL,
        0, NULL,
        NULL, 'The salary chart also shows 推荐算法 (99.3), which is in neither hot list, and lacks 算法工程师 (demand #1): the chart is not simply ''the 热招 positions''.');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'three-roles-reach-a-million', 1, 'The lowest of the three salaries >= 100', '0', '>=', '100', NULL),
 ('maimai-aigc-talent-2023', 'three-roles-reach-a-million', 2, 'All three salaries are printed', '0', '=', '3', NULL),
 ('maimai-aigc-talent-2023', 'three-roles-reach-a-million', 3, '''热招岗位中'': all three are in the demand top 10', '0', '=', '3', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'three-roles-reach-a-million', 1, 'left', 1, 'salaries', 'position=图像识别-计算机视觉|算法研究员|深度学习', 'min', 'annual_salary_10k_cny', '1'),
 ('maimai-aigc-talent-2023', 'three-roles-reach-a-million', 2, 'left', 1, 'salaries', 'position=图像识别-计算机视觉|算法研究员|深度学习', 'count', NULL, '1'),
 ('maimai-aigc-talent-2023', 'three-roles-reach-a-million', 3, 'left', 1, 'hot-jobs', 'side=demand; position=图像识别-计算机视觉|算法研究员|深度学习', 'count', NULL, '1');

-- p15 body · product-manager-salary-900k: AIGC产品经理作为非技术岗,薪资水平也达到90万元
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'product-manager-salary-900k', 42, 15, '—15—', 'body',
        '此外,AIGC产品经理作为⾮技术岗,薪资⽔平也达到 90万元,与其他领域相⽐占据较⼤优势,吸引⼤量产品⼈才投递。',
        '此外,AIGC产品经理作为非技术岗,薪资水平也达到90万元,与其他领域相比占据较大优势,吸引大量产品人才投递。',
        'AIGC产品经理作为非技术岗,薪资水平也达到90万元',
        'AIGC product managers, though a non-technical role, also earn 900,000 CNY.',
        '''AIGC产品经理'' = the chart''s 产品经理 (all charts are about AIGC).',
        'checkable', NULL,
        0, NULL,
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'product-manager-salary-900k', 1, '产品经理 >= 90', '0', '>=', '90', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'product-manager-salary-900k', 1, 'left', 1, 'salaries', 'position=产品经理', 'value', 'annual_salary_10k_cny', '1');

-- p15 body · product-manager-salary-advantage: 与其他领域相比占据较大优势
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'product-manager-salary-advantage', 43, 15, '—15—', 'body',
        '此外,AIGC产品经理作为⾮技术岗,薪资⽔平也达到 90万元,与其他领域相⽐占据较⼤优势,吸引⼤量产品⼈才投递。',
        '此外,AIGC产品经理作为非技术岗,薪资水平也达到90万元,与其他领域相比占据较大优势,吸引大量产品人才投递。',
        '与其他领域相比占据较大优势',
        'Product managers'' pay in AIGC is a considerable advantage over other fields.',
        NULL,
        'not_checkable', 'No salary outside the AIGC field is printed; the salary chart covers AIGC positions only.',
        0, NULL,
        NULL, NULL);

-- p15 body · product-roles-attract-applicants: 吸引大量产品人才投递
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'product-roles-attract-applicants', 44, 15, '—15—', 'body',
        '此外,AIGC产品经理作为⾮技术岗,薪资⽔平也达到 90万元,与其他领域相⽐占据较⼤优势,吸引⼤量产品⼈才投递。',
        '此外,AIGC产品经理作为非技术岗,薪资水平也达到90万元,与其他领域相比占据较大优势,吸引大量产品人才投递。',
        '吸引大量产品人才投递',
        'It attracts many product people to apply.',
        '''产品人才'' = the product-manager class; ''大量投递'' = at the top of the 热投 list. The causal link to pay is not testable.',
        'checkable', NULL,
        1, 'hot-jobs side assignment.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'product-roles-attract-applicants', 1, 'A product role tops the supply (热投) list', '0', '=', '1', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'product-roles-attract-applicants', 1, 'left', 1, 'hot-jobs', 'side=supply; position=产品经理|AI策略产品经理', 'min', 'rank', '1');

-- p16 headline · nearly-half-masters-or-above-headline: AIGC领域高知人才扎堆,近半数从业者为硕士及以上学历
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above-headline', 45, 16, '—16—', 'headline',
        'AIGC领域⾼知⼈才扎堆,近半数从业者为硕⼠及以上学历',
        'AIGC领域高知人才扎堆,近半数从业者为硕士及以上学历',
        NULL,
        'Highly educated talent clusters in AIGC: nearly half hold a master''s degree or above.',
        '''近半数'' = [45, 50).',
        'checkable', NULL,
        1, 'talent-education: 硕士 = 41.74 (rather than another of the ten values) was fixed by this statement and by 本科 being largest.',
        'nearly-half-masters-or-above', NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above-headline', 1, 'master''s or above >= 45', '0', '>=', '45', NULL),
 ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above-headline', 2, 'master''s or above < 50', '0', '<', '50', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above-headline', 1, 'left', 1, 'talent-education', 'level=硕士|博士|博士后', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above-headline', 2, 'left', 1, 'talent-education', 'level=硕士|博士|博士后', 'sum', 'share_pct', '1');

-- p16 body · bachelors-most-common: AIGC从业者以本科生居多
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'bachelors-most-common', 46, 16, '—16—', 'body',
        'AIGC从业者以本科⽣居多,但本科、硕⼠数量差距不⼤,近半数AIGC⼈才具备硕⼠及以上学历。',
        'AIGC从业者以本科生居多,但本科、硕士数量差距不大,近半数AIGC人才具备硕士及以上学历。',
        'AIGC从业者以本科生居多',
        'Most AIGC professionals hold a bachelor''s degree.',
        '''居多'' = the largest group.',
        'checkable', NULL,
        1, 'talent-education level mapping.',
        NULL, NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'bachelors-most-common', 1, 'an absolute majority', 'supported', '53.87 > 50');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'bachelors-most-common', 1, '本科 is the largest group', '0', '>=', '0', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'bachelors-most-common', 1, 'left', 1, 'talent-education', 'level=本科', 'value', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'bachelors-most-common', 1, 'right', 1, 'talent-education', '', 'max', 'share_pct', '1');

-- p16 body · bachelor-master-gap-small: 但本科、硕士数量差距不大
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'bachelor-master-gap-small', 47, 16, '—16—', 'body',
        'AIGC从业者以本科⽣居多,但本科、硕⼠数量差距不⼤,近半数AIGC⼈才具备硕⼠及以上学历。',
        'AIGC从业者以本科生居多,但本科、硕士数量差距不大,近半数AIGC人才具备硕士及以上学历。',
        '但本科、硕士数量差距不大',
        'But the numbers of bachelor''s and master''s holders are not far apart.',
        NULL,
        'not_checkable', '''Not large'' (不大) names no threshold and the report gives no reference gap. Figures: 53.87 - 41.74 = 12.13 points; ratio 1.29.',
        0, NULL,
        NULL, NULL);

-- p16 body · nearly-half-masters-or-above: 近半数AIGC人才具备硕士及以上学历
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above', 48, 16, '—16—', 'body',
        'AIGC从业者以本科⽣居多,但本科、硕⼠数量差距不⼤,近半数AIGC⼈才具备硕⼠及以上学历。',
        'AIGC从业者以本科生居多,但本科、硕士数量差距不大,近半数AIGC人才具备硕士及以上学历。',
        '近半数AIGC人才具备硕士及以上学历',
        'Nearly half of AIGC talent holds a master''s degree or above.',
        '''近半数'' = [45, 50).',
        'checkable', NULL,
        1, 'talent-education level mapping.',
        NULL, NULL);
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above', 1, 'master''s or above >= 45', '0', '>=', '45', NULL),
 ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above', 2, 'master''s or above < 50', '0', '<', '50', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above', 1, 'left', 1, 'talent-education', 'level=硕士|博士|博士后', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'nearly-half-masters-or-above', 2, 'left', 1, 'talent-education', 'level=硕士|博士|博士后', 'sum', 'share_pct', '1');

-- p16 body · nearly-eight-in-ten-over-3-years: 近八成AIGC人才工作经验在3年以上
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'nearly-eight-in-ten-over-3-years', 49, 16, '—16—', 'body',
        '近⼋成AIGC⼈才⼯作经验在3年以上,其中,近半数从业者有5年以上⼯作经验。',
        '近八成AIGC人才工作经验在3年以上,其中,近半数从业者有5年以上工作经验。',
        '近八成AIGC人才工作经验在3年以上',
        'Nearly 80% of AIGC talent has more than 3 years of work experience.',
        '''近N成'' = [10N-5, 10N).',
        'checkable', NULL,
        1, 'talent-experience: 10年以上 = 8.03 and 1-3年 = 14.86 were chosen with this statement.',
        NULL, NULL);
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'nearly-eight-in-ten-over-3-years', 1, 'with 10年以上 and 1-3年 swapped (14.86 / 8.03)', 'not_supported', '27.91 + 42.77 + 14.86 = 85.54 >= 80');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'nearly-eight-in-ten-over-3-years', 1, '3 years or more >= 75', '0', '>=', '75', NULL),
 ('maimai-aigc-talent-2023', 'nearly-eight-in-ten-over-3-years', 2, '3 years or more < 80', '0', '<', '80', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'nearly-eight-in-ten-over-3-years', 1, 'left', 1, 'talent-experience', 'experience_band=3-5年|5-10年|10年以上', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'nearly-eight-in-ten-over-3-years', 2, 'left', 1, 'talent-experience', 'experience_band=3-5年|5-10年|10年以上', 'sum', 'share_pct', '1');

-- p16 body · nearly-half-over-5-years: 其中,近半数从业者有5年以上工作经验
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'nearly-half-over-5-years', 50, 16, '—16—', 'body',
        '近⼋成AIGC⼈才⼯作经验在3年以上,其中,近半数从业者有5年以上⼯作经验。',
        '近八成AIGC人才工作经验在3年以上,其中,近半数从业者有5年以上工作经验。',
        '其中,近半数从业者有5年以上工作经验',
        'Of these, nearly half have more than 5 years of experience.',
        '''近半数'' = [45, 50), as for every other ''近'' in the report: the report writes 近 for values just below the round figure (近七成 68.81, 近八成 78.71, 近半数 46.13) and 超/以上 for values above (超1/3 34.57, 六成以上 60.79, 34.5%以上 34.57). 50.80 would be 过半/超半数.',
        'checkable', NULL,
        1, 'talent-experience: used by the seed to choose 10年以上 = 8.03 (50.80 against 57.63); under the strict reading neither candidate satisfies it, the seed''s is the nearer.',
        NULL, '''其中'' makes the 5-year group a part of the 3-year group (50.80 of 78.71), consistent. The uncertain pair 经验不限/1年以内 does not enter the sum.');
INSERT INTO claim_alternatives (report_id, claim_id, alternative_order, reading, verdict, arithmetic) VALUES
 ('maimai-aigc-talent-2023', 'nearly-half-over-5-years', 1, '''近半数'' as within 5 pp either side of 50 (tests/api/prose_claims.rs uses [45, 55))', 'supported', '|50.80 - 50| = 0.80 <= 5'),
 ('maimai-aigc-talent-2023', 'nearly-half-over-5-years', 2, 'with 10年以上 = 14.86 (the other candidate)', 'not_supported', '42.77 + 14.86 = 57.63');
INSERT INTO claim_checks (report_id, claim_id, check_order, description, left_const, operator, right_const, tolerance) VALUES
 ('maimai-aigc-talent-2023', 'nearly-half-over-5-years', 1, '5 years or more >= 45', '0', '>=', '45', NULL),
 ('maimai-aigc-talent-2023', 'nearly-half-over-5-years', 2, '5 years or more < 50 (''近'' = just below)', '0', '<', '50', NULL);
INSERT INTO claim_terms (report_id, claim_id, check_order, side, term_order, dataset, row_filter, aggregate, field, weight) VALUES
 ('maimai-aigc-talent-2023', 'nearly-half-over-5-years', 1, 'left', 1, 'talent-experience', 'experience_band=5-10年|10年以上', 'sum', 'share_pct', '1'),
 ('maimai-aigc-talent-2023', 'nearly-half-over-5-years', 2, 'left', 1, 'talent-experience', 'experience_band=5-10年|10年以上', 'sum', 'share_pct', '1');

-- p17 body · jd-terms-nlp-deep-learning-cpp-frequent: 相关岗位JD中,除专业要求外,NLP算法、深度学习、C++等词高频出现,算法和编程功底是就职的硬性要求。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'jd-terms-nlp-deep-learning-cpp-frequent', 51, 17, '—17—', 'body',
        '相关岗位JD中,除专业要求外,NLP算法、深度学习、C++等词⾼频出现,算法和编程功底是就职的硬性要求。',
        '相关岗位JD中,除专业要求外,NLP算法、深度学习、C++等词高频出现,算法和编程功底是就职的硬性要求。',
        NULL,
        'In job descriptions, apart from the required major, terms such as NLP algorithms, deep learning and C++ appear frequently; algorithm and programming skills are hard requirements.',
        NULL,
        'not_checkable', 'No frequency is printed (the page''s word cloud, if any, is not in the extracted text; only its footnote ''*数据来源:脉脉高聘人才智库'' is). The job-skills rows are transcribed from this very sentence, so checking them against it would be a transcription test, not evidence.',
        0, NULL,
        NULL, NULL);

-- p17 body · jd-papers-and-commercialisation-most-postings: 此外,多数岗位还提及“顶会Paper”、“商业化”等词汇,要求应聘者拥有学术成果和业务落地经验。
INSERT INTO claims (report_id, claim_id, claim_order, page, page_printed, location, sentence_zh_extracted,
                    sentence_zh, clause_zh, statement_en, reading, status, not_checkable_reason,
                    decided_transcription, decided_transcription_note, restates, note)
VALUES ('maimai-aigc-talent-2023', 'jd-papers-and-commercialisation-most-postings', 52, 17, '—17—', 'body',
        '此外,多数岗位还提及“顶会Paper”、“商业化”等词汇,要求应聘者拥有学术成果和业务落地经验。',
        '此外,多数岗位还提及“顶会Paper”、“商业化”等词汇,要求应聘者拥有学术成果和业务落地经验。',
        NULL,
        'Moreover, most positions also mention terms such as ''top-conference papers'' and ''commercialisation'', requiring academic output and business delivery experience.',
        NULL,
        'not_checkable', '''多数岗位'' (most postings) is a share that is not printed; the job-skills rows (prominence = most_postings) transcribe this sentence.',
        0, NULL,
        NULL, NULL);

-- ===========================================================================
-- Positions and industries: one label, one entity (/positions, /industries,
-- /labels)
--
-- Each entity is one position or industry, whatever label a chart or a
-- sentence prints for it. entity_labels links every printed label to its
-- entity: a chart label exactly as stored in the dataset above (every row
-- holding it is linked; `field` names another field than the dataset's
-- label, as for the age chart's cohort), or a label in the prose (page and
-- context). Rules followed:
--   * two labels printed in the same ranked list are different entities
--     (产品经理 and AI策略产品经理, 算法工程师 and 算法研究员 and 机器学习);
--   * the same label in two charts of the same kind is the same entity;
--   * a label of another kind (a keyword of job descriptions, an application
--     map cell from another list of sectors, a prose word with no figure
--     tying it to a chart) is linked with uncertain = 1 and a note, never
--     silently merged;
--   * the same characters can name a position and an industry (人工智能):
--     two entities of different kinds.
-- The figures of an entity (ranks, salary, shares) are read from the linked
-- rows when the data loads; nothing here is a figure.
-- unresolved_labels lists every printed position or industry label that
-- resolves to no entity, with the reason (classes such as 技术岗位,
-- requirements such as C++, and the second 新生活服务 of page 8).
-- ===========================================================================

INSERT INTO entities (report_id, entity_kind, entity_id, entity_order, name_zh, name_en, note, uncertain, uncertainty_note) VALUES
 ('maimai-aigc-talent-2023', 'position', 'algorithm-engineer', 1, '算法工程师', 'Algorithm engineer', 'Demand rank 1 but no salary printed.', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'natural-language-processing', 2, '自然语言处理', 'Natural language processing', '''自然语言处理'' is a position category in the charts (NLP). Not to be confused with ''NLP算法'' (a JD keyword), linked as uncertain.', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'algorithm-researcher', 3, '算法研究员', 'Algorithm researcher', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'computer-vision', 4, '图像识别-计算机视觉', 'Image recognition - computer vision', 'Chart label in both hot-jobs and salaries: 图像识别-计算机视觉 (image recognition - computer vision). The prose always writes 图像识别.', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'ai-position', 5, '人工智能', 'Artificial intelligence (job category)', 'The hot-jobs label 人工智能 is a position category (Maimai''s job-function taxonomy); the same characters name an industry in talent-industries and job-industries. Different entity types, never merged (see industries: artificial-intelligence).', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'product-manager', 6, '产品经理', 'Product manager', 'Both hot lists print 产品经理 and AI策略产品经理 separately: distinct entities. The salary chart''s 产品经理 is taken to be the same as the hot lists'' 产品经理 (same label; the prose ''AIGC产品经理'' ties it to 90万元).', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'ai-strategy-product-manager', 7, 'AI策略产品经理', 'AI strategy product manager', 'Printed next to 产品经理 in both hot lists, so certainly a distinct entity from product-manager; the prose class ''AI产品经理类'' covers both.', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'deep-learning', 8, '深度学习', 'Deep learning', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'machine-learning', 9, '机器学习', 'Machine learning', 'Distinct from 深度学习 and from 算法工程师 (all three are separate rows of the demand list). No chart prints a ''机器学习算法工程师''.', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'senior-technical-positions', 10, '高端技术职位', 'Senior technical positions', 'A catch-all category (''high-end technical positions''), not one job.', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'user-operations', 11, '用户运营', 'User operations', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'product-operations', 12, '产品运营', 'Product operations', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'strategy-consulting', 13, '战略咨询', 'Strategy consulting', 'Non-technical; not named by the prose classes (AI产品经理类, 运营类) but covered by ''等非技术岗位''.', 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'community-operations', 14, '社区运营', 'Community operations', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'operations-manager', 15, '运营经理-运营主管', 'Operations manager - operations supervisor', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'position', 'recommendation-algorithms', 16, '推荐算法', 'Recommendation algorithms', 'Only in the salary chart; in neither hot list, although the salary page introduces its figures as ''热招岗位中''.', 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 1, '纯互联网', 'Pure internet', '''纯互联网'' (pure internet) is Maimai''s category for internet companies not counted under e-commerce, gaming, fintech, enterprise services and so on. The prose writes ''互联网(行业)''; pages 8 and 13 tie that to 纯互联网 by figures, page 10 (age cohort) and the preface do not.', 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'e-commerce-new-retail', 2, '电子商务&新零售', 'E-commerce & new retail', 'The application map and the prose write 电商; the talent chart 电子商务&新零售.', 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'enterprise-digital-services', 3, '企业数字化服务', 'Enterprise digital services', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'artificial-intelligence', 4, '人工智能', 'Artificial intelligence', 'The industry 人工智能; not the hot-jobs position 人工智能 (positions: ai-position).', 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'telecommunications', 5, '通信', 'Telecommunications', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'smart-hardware', 6, '智能硬件', 'Smart hardware', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'new-lifestyle-services', 7, '新生活服务', 'New lifestyle services', 'talent-industries prints 新生活服务 twice (rank 7, 3.92; rank 8, 3.77). At most one of the two rows is this industry; the other is presumably an industry whose name was lost (one of 新金融科技 or 游戏 -- 13.58 and 13.25 of new postings, yet absent from the talent top 10 -- would be a candidate, or the PDF may repeat the label by mistake). Both rows are linked here as uncertain; the entity''s talent share is 3.92 or 3.77, not their sum.', 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'electronics', 8, '电子', 'Electronics', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'new-energy-vehicles', 9, '新能源汽车', 'New-energy vehicles', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'new-fintech', 10, '新金融科技', 'New fintech', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'gaming', 11, '游戏', 'Gaming', '游戏 in job-industries (Maimai taxonomy) and in the application map (a sector list) is the same label; kept as one entity.', 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'media', 12, '传媒', 'Media', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'film-and-television', 13, '影视', 'Film and television', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'advertising', 14, '广告', 'Advertising', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'education', 15, '教育', 'Education', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'healthcare', 16, '医疗', 'Healthcare', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'design', 17, '设计', 'Design', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'transportation', 18, '交通', 'Transportation', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'music-and-entertainment', 19, '音娱', 'Music and entertainment', NULL, 0, NULL),
 ('maimai-aigc-talent-2023', 'industry', 'finance', 20, '金融', 'Finance', NULL, 0, NULL);

INSERT INTO entity_labels (report_id, entity_kind, entity_id, label_order, label, dataset, field, page, context_zh, note, uncertain) VALUES
-- algorithm-engineer
 ('maimai-aigc-talent-2023', 'position', 'algorithm-engineer', 1, '算法工程师', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'algorithm-engineer', 2, '算法工程师', NULL, NULL, 14, '算法工程师、自然语言处理、图像识别等研发人才需求旺盛', NULL, 0),
-- natural-language-processing
 ('maimai-aigc-talent-2023', 'position', 'natural-language-processing', 1, '自然语言处理', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'natural-language-processing', 2, '自然语言处理', 'salaries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'natural-language-processing', 3, '自然语言处理', NULL, NULL, 14, '算法工程师、自然语言处理、图像识别等研发人才需求旺盛', NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'natural-language-processing', 4, 'NLP算法', 'job-skills', NULL, NULL, NULL, 'A keyword in job descriptions (NLP = natural language processing), not a job title: NLP algorithms are what an NLP position works on, but job descriptions of other algorithm roles may name it too. Linked, not merged.', 1),
 ('maimai-aigc-talent-2023', 'position', 'natural-language-processing', 5, 'NLP算法', NULL, NULL, 17, 'NLP算法、深度学习、C++等词高频出现', 'Same as the job-skills term.', 1),
-- algorithm-researcher
 ('maimai-aigc-talent-2023', 'position', 'algorithm-researcher', 1, '算法研究员', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'algorithm-researcher', 2, '算法研究员', 'salaries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'algorithm-researcher', 3, '算法研究员', NULL, NULL, 15, '图像识别、算法研究员、深度学习岗位的薪资均已达到百万', NULL, 0),
-- computer-vision
 ('maimai-aigc-talent-2023', 'position', 'computer-vision', 1, '图像识别-计算机视觉', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'computer-vision', 2, '图像识别-计算机视觉', 'salaries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'computer-vision', 3, '图像识别', NULL, NULL, 14, '算法工程师、自然语言处理、图像识别等研发人才需求旺盛', 'The prose shortens the chart label 图像识别-计算机视觉 to its first half; it is named among the 热招 roles, where the chart has 图像识别-计算机视觉 at rank 4.', 0),
 ('maimai-aigc-talent-2023', 'position', 'computer-vision', 4, '图像识别', NULL, NULL, 15, '图像识别岗位年薪百万,领跑AIGC人才薪资', 'Headline; ''年薪百万, 领跑'' matches the salary chart''s top row 图像识别-计算机视觉 (110.6).', 0),
 ('maimai-aigc-talent-2023', 'position', 'computer-vision', 5, '图像识别', NULL, NULL, 15, '图像识别、算法研究员、深度学习岗位的薪资均已达到百万', NULL, 0),
-- ai-position
 ('maimai-aigc-talent-2023', 'position', 'ai-position', 1, '人工智能', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- product-manager
 ('maimai-aigc-talent-2023', 'position', 'product-manager', 1, '产品经理', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'product-manager', 2, '产品经理', 'salaries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'product-manager', 3, '产品经理', NULL, NULL, 14, '算法人才需求旺,产品经理投递多', 'Headline; could mean the product-manager class (产品经理 and AI策略产品经理), but 产品经理 alone is supply rank 1.', 0),
 ('maimai-aigc-talent-2023', 'position', 'product-manager', 4, 'AIGC产品经理', NULL, NULL, 15, 'AIGC产品经理作为非技术岗,薪资水平也达到', '''AIGC'' is the report''s domain qualifier; 90万元 matches the salary chart''s 产品经理 (90.3).', 0),
-- ai-strategy-product-manager
 ('maimai-aigc-talent-2023', 'position', 'ai-strategy-product-manager', 1, 'AI策略产品经理', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- deep-learning
 ('maimai-aigc-talent-2023', 'position', 'deep-learning', 1, '深度学习', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'deep-learning', 2, '深度学习', 'salaries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'deep-learning', 3, '深度学习', NULL, NULL, 15, '图像识别、算法研究员、深度学习岗位的薪资均已达到百万', NULL, 0),
 ('maimai-aigc-talent-2023', 'position', 'deep-learning', 4, '深度学习', 'job-skills', NULL, NULL, NULL, 'Same printed label, different kind: a keyword job descriptions name (a skill), not the position category. Linked, not merged.', 1),
 ('maimai-aigc-talent-2023', 'position', 'deep-learning', 5, '深度学习', NULL, NULL, 17, 'NLP算法、深度学习、C++等词高频出现', 'Same as the job-skills term.', 1),
-- machine-learning
 ('maimai-aigc-talent-2023', 'position', 'machine-learning', 1, '机器学习', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- senior-technical-positions
 ('maimai-aigc-talent-2023', 'position', 'senior-technical-positions', 1, '高端技术职位', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- user-operations
 ('maimai-aigc-talent-2023', 'position', 'user-operations', 1, '用户运营', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- product-operations
 ('maimai-aigc-talent-2023', 'position', 'product-operations', 1, '产品运营', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- strategy-consulting
 ('maimai-aigc-talent-2023', 'position', 'strategy-consulting', 1, '战略咨询', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- community-operations
 ('maimai-aigc-talent-2023', 'position', 'community-operations', 1, '社区运营', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- operations-manager
 ('maimai-aigc-talent-2023', 'position', 'operations-manager', 1, '运营经理-运营主管', 'hot-jobs', NULL, NULL, NULL, NULL, 0),
-- recommendation-algorithms
 ('maimai-aigc-talent-2023', 'position', 'recommendation-algorithms', 1, '推荐算法', 'salaries', NULL, NULL, NULL, NULL, 0),
-- pure-internet
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 1, '纯互联网', 'talent-industries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 2, '纯互联网', 'job-industries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 3, '纯互联网', NULL, NULL, 8, '其中纯互联网行业AIGC人才储备量最多', NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 4, '互联网', NULL, NULL, 8, 'AIGC人才非AI行业专属,互联网人才储备量领先', 'Headline of the page whose body and chart say 纯互联网; resolved by the same page.', 0),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 5, '互联网', NULL, NULL, 13, '互联网行业AIGC人才存量最多、增量需求最强', 'Headline; 存量最多 and 增量需求最强 are 纯互联网''s rank 1 in both charts.', 0),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 6, '互联网', NULL, NULL, 13, '互联网行业AIGC岗位发布量最多,占新发岗位总量的1/3', 'Resolved by the figure: 1/3 of new postings = 纯互联网''s 33.11.', 0),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 7, '互联网', NULL, NULL, 10, '与互联网行业不同,AIGC领域近七成从业者年龄大于30岁', 'The comparison cohort of the age chart. Nothing ties it to the 纯互联网 category: it may be the internet sector at large (which in Maimai''s taxonomy also spans 电子商务&新零售, 游戏, 新金融科技...).', 1),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 8, '互联网', NULL, NULL, 10, '比互联网行业高出6%', 'Same cohort as above.', 1),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 9, '互联网', NULL, NULL, 1, '互联网、电商、人工智能、企业数字化服务等行业巨头纷纷高薪抢人', 'Preface list; the four names are exactly the talent chart''s top 4 (纯互联网, 电子商务&新零售, 企业数字化服务, 人工智能), which suggests the same taxonomy, but no figure ties them.', 1),
 ('maimai-aigc-talent-2023', 'industry', 'pure-internet', 10, '互联网行业人才年龄分布情况', 'talent-ages', 'cohort_label', NULL, NULL, 'The age chart''s comparison cohort, 互联网行业 (the internet industry). Nothing ties it to the 纯互联网 category of the industry charts: it may be the internet sector at large, which in Maimai''s categories also spans 电子商务&新零售, 游戏, 新金融科技 and others. Linked, uncertain.', 1),
-- e-commerce-new-retail
 ('maimai-aigc-talent-2023', 'industry', 'e-commerce-new-retail', 1, '电子商务&新零售', 'talent-industries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'e-commerce-new-retail', 2, '电商', 'applications', NULL, NULL, NULL, '电商 is the usual short form of 电子商务 (e-commerce); the talent chart''s category 电子商务&新零售 adds new retail. Same core concept, different lists of sectors (the application map is not Maimai''s industry list): linked, uncertain. In the text domain the seed also reads the cell as two wrapped lines (those rows are flagged).', 1),
 ('maimai-aigc-talent-2023', 'industry', 'e-commerce-new-retail', 3, '电商', NULL, NULL, 1, '互联网、电商、人工智能、企业数字化服务等行业巨头纷纷高薪抢人', 'Preface list (see pure-internet).', 1),
 ('maimai-aigc-talent-2023', 'industry', 'e-commerce-new-retail', 4, '电商', NULL, NULL, 5, '早期AIGC工具已初步应用于传媒、电商等行业', 'As in the application map.', 1),
 ('maimai-aigc-talent-2023', 'industry', 'e-commerce-new-retail', 5, '电商', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', 'The application map''s caption.', 1),
-- enterprise-digital-services
 ('maimai-aigc-talent-2023', 'industry', 'enterprise-digital-services', 1, '企业数字化服务', 'talent-industries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'enterprise-digital-services', 2, '企业数字化服务', NULL, NULL, 1, '互联网、电商、人工智能、企业数字化服务等行业巨头纷纷高薪抢人', 'Same label as the chart; preface list.', 0),
-- artificial-intelligence
 ('maimai-aigc-talent-2023', 'industry', 'artificial-intelligence', 1, '人工智能', 'talent-industries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'artificial-intelligence', 2, '人工智能', 'job-industries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'artificial-intelligence', 3, '人工智能', NULL, NULL, 8, '人工智能行业的AIGC人才保有量仅为6.45%', 'Resolved by the figure (6.45).', 0),
 ('maimai-aigc-talent-2023', 'industry', 'artificial-intelligence', 4, 'AI行业', NULL, NULL, 8, 'AIGC人才非AI行业专属', 'Headline of the same page; AI行业 = 人工智能行业.', 0),
 ('maimai-aigc-talent-2023', 'industry', 'artificial-intelligence', 5, '人工智能', NULL, NULL, 13, '数量约为人工智能行业的3倍之多', 'Resolved by the figure (33.11 / 11.59 = 2.86).', 0),
 ('maimai-aigc-talent-2023', 'industry', 'artificial-intelligence', 6, '人工智能', NULL, NULL, 1, '互联网、电商、人工智能、企业数字化服务等行业巨头纷纷高薪抢人', 'Same label; preface list.', 0),
-- telecommunications
 ('maimai-aigc-talent-2023', 'industry', 'telecommunications', 1, '通信', 'talent-industries', NULL, NULL, NULL, NULL, 0),
-- smart-hardware
 ('maimai-aigc-talent-2023', 'industry', 'smart-hardware', 1, '智能硬件', 'talent-industries', NULL, NULL, NULL, NULL, 0),
-- new-lifestyle-services
 ('maimai-aigc-talent-2023', 'industry', 'new-lifestyle-services', 1, '新生活服务', 'talent-industries', NULL, NULL, NULL, 'Printed twice (ranks 7 and 8, 3.92% and 3.77%): at most one of the two rows is this industry, and the text does not say which. Both rows are linked, uncertain; the entity''s talent share is one of the two, not their sum.', 1),
 ('maimai-aigc-talent-2023', 'industry', 'new-lifestyle-services', 2, '新生活服务', 'job-industries', NULL, NULL, NULL, NULL, 0),
-- electronics
 ('maimai-aigc-talent-2023', 'industry', 'electronics', 1, '电子', 'talent-industries', NULL, NULL, NULL, NULL, 0),
-- new-energy-vehicles
 ('maimai-aigc-talent-2023', 'industry', 'new-energy-vehicles', 1, '新能源汽车', 'talent-industries', NULL, NULL, NULL, NULL, 0),
-- new-fintech
 ('maimai-aigc-talent-2023', 'industry', 'new-fintech', 1, '新金融科技', 'job-industries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'new-fintech', 2, '新金融科技', NULL, NULL, 13, '且超过新金融科技和游戏行业之和', 'Resolved by the chart (13.58).', 0),
-- gaming
 ('maimai-aigc-talent-2023', 'industry', 'gaming', 1, '游戏', 'job-industries', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'gaming', 2, '游戏', 'applications', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'gaming', 3, '游戏', NULL, NULL, 13, '且超过新金融科技和游戏行业之和', 'Resolved by the chart (13.25).', 0),
 ('maimai-aigc-talent-2023', 'industry', 'gaming', 4, '游戏', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', NULL, 0),
-- media
 ('maimai-aigc-talent-2023', 'industry', 'media', 1, '传媒', 'applications', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'media', 2, '传媒', NULL, NULL, 5, '早期AIGC工具已初步应用于传媒、电商等行业', NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'media', 3, '传媒', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', NULL, 0),
-- film-and-television
 ('maimai-aigc-talent-2023', 'industry', 'film-and-television', 1, '影视', 'applications', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'film-and-television', 2, '影视', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', NULL, 0),
-- advertising
 ('maimai-aigc-talent-2023', 'industry', 'advertising', 1, '广告', 'applications', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'advertising', 2, '广告', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', NULL, 0),
-- education
 ('maimai-aigc-talent-2023', 'industry', 'education', 1, '教育', 'applications', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'education', 2, '教育', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', NULL, 0),
-- healthcare
 ('maimai-aigc-talent-2023', 'industry', 'healthcare', 1, '医疗', 'applications', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'healthcare', 2, '医疗', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', NULL, 0),
-- design
 ('maimai-aigc-talent-2023', 'industry', 'design', 1, '设计', 'applications', NULL, NULL, NULL, NULL, 0),
-- transportation
 ('maimai-aigc-talent-2023', 'industry', 'transportation', 1, '交通', 'applications', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'transportation', 2, '交通', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', NULL, 0),
-- music-and-entertainment
 ('maimai-aigc-talent-2023', 'industry', 'music-and-entertainment', 1, '音娱', 'applications', NULL, NULL, NULL, NULL, 0),
-- finance
 ('maimai-aigc-talent-2023', 'industry', 'finance', 1, '金融', 'applications', NULL, NULL, NULL, NULL, 0),
 ('maimai-aigc-talent-2023', 'industry', 'finance', 2, '金融', NULL, NULL, 6, '赋能传媒、影视、广告、游戏、电商、教育、医疗、交通、金融等多个行业', NULL, 0);

INSERT INTO unresolved_labels (report_id, entity_kind, label_order, label, label_en, dataset, page, context_zh, reason) VALUES
 ('maimai-aigc-talent-2023', 'industry', 1, '新生活服务', 'New lifestyle services (the second of two rows)', 'talent-industries', 8, 'AIGC人才主要分布行业TOP10: 新生活服务 3.92% (rank 7) and 新生活服务 3.77% (rank 8)', 'One of the two rows printed 新生活服务 is presumably a different industry whose name the text does not give.'),
 ('maimai-aigc-talent-2023', 'industry', 2, '新经济行业', 'new-economy industries', NULL, 8, 'AIGC领域人才分布于多个新经济行业', 'A class (''new-economy industries''), not one industry; membership not printed.'),
 ('maimai-aigc-talent-2023', 'industry', 3, '数据密集型产业', 'data-intensive industries', NULL, 8, '其他AIGC人才大多分布在数据密集型产业', 'A class (''data-intensive industries''); membership not printed.'),
 ('maimai-aigc-talent-2023', 'industry', 4, '移动互联网', 'the mobile internet', NULL, 1, '也将带来超越互联网和移动互联网的产业机遇', 'Mobile internet as a technological era; no chart names it.'),
 ('maimai-aigc-talent-2023', 'industry', 5, '互联网', 'the internet (as an era)', NULL, 1, '也将带来超越互联网和移动互联网的产业机遇', 'The internet as a technological era (paired with 移动互联网), not the 纯互联网 category.'),
 ('maimai-aigc-talent-2023', 'industry', 6, '全球信息产业', 'the global information industry', NULL, 5, '高性能AIGC产品将掀起全球信息产业生产力变革', 'A class (the global information industry).'),
 ('maimai-aigc-talent-2023', 'industry', 7, 'AIGC行业', 'the AIGC field', NULL, 10, 'AIGC行业通常更注重技术和创新', 'The AIGC field itself -- the population of every chart -- not an industry of the charts'' taxonomy.'),
 ('maimai-aigc-talent-2023', 'industry', 8, '各行', 'every trade', NULL, 1, '利用AI辅助办公已经成为各行从业者的必修课', '''Every trade''; generic.'),
 ('maimai-aigc-talent-2023', 'position', 1, '算法人才', 'algorithm talent', NULL, 14, '算法人才需求旺', 'A class: algorithm roles (算法工程师, 算法研究员; arguably 推荐算法, 机器学习, 深度学习).'),
 ('maimai-aigc-talent-2023', 'position', 2, '技术岗位', 'technical positions', NULL, 14, '热招岗位以技术岗位为主', 'A class (technical positions); membership is not printed.'),
 ('maimai-aigc-talent-2023', 'position', 3, '研发人才', 'R&D talent', NULL, 14, '图像识别等研发人才需求旺盛', 'A class (R&D talent) exemplified by 算法工程师, 自然语言处理, 图像识别.'),
 ('maimai-aigc-talent-2023', 'position', 4, 'AI产品经理类', 'AI product-manager roles', NULL, 14, '则以AI产品经理类、运营类等非技术岗位居多', 'A class: 产品经理 and AI策略产品经理.'),
 ('maimai-aigc-talent-2023', 'position', 5, '运营类', 'operations roles', NULL, 14, '则以AI产品经理类、运营类等非技术岗位居多', 'A class: 用户运营, 产品运营, 社区运营, 运营经理-运营主管.'),
 ('maimai-aigc-talent-2023', 'position', 6, '非技术岗位', 'non-technical positions', NULL, 14, '运营类等非技术岗位居多', 'A class (non-technical positions).'),
 ('maimai-aigc-talent-2023', 'position', 7, '非技术岗', 'non-technical position', NULL, 15, 'AIGC产品经理作为非技术岗', 'A class; says 产品经理 belongs to it.'),
 ('maimai-aigc-talent-2023', 'position', 8, '产品人才', 'product talent', NULL, 15, '吸引大量产品人才投递', 'A class (product people): 产品经理, AI策略产品经理.'),
 ('maimai-aigc-talent-2023', 'position', 9, '中高端AIGC人才', 'mid- and high-end AIGC talent', NULL, 1, '中高端AIGC人才已成“兵家必争”', 'A seniority class; no chart splits by seniority (高端技术职位 is a job category, not this).'),
 ('maimai-aigc-talent-2023', 'position', 10, '白领', 'white-collar workers', NULL, 1, '白领比蓝领更容易失业', 'White-collar workers in general; not in any chart.'),
 ('maimai-aigc-talent-2023', 'position', 11, '蓝领', 'blue-collar workers', NULL, 1, '白领比蓝领更容易失业', 'Blue-collar workers in general; not in any chart.'),
 ('maimai-aigc-talent-2023', 'position', 12, 'AI人才', 'AI talent', NULL, 12, '引发国内AI人才招聘需求暴涨', 'A class (AI talent), the population of the growth chart.'),
 ('maimai-aigc-talent-2023', 'position', 13, '复合型人才', 'all-round talent', NULL, 17, 'AIGC领域急需复合型人才', 'A profile (''all-round talent''), not a position.'),
 ('maimai-aigc-talent-2023', 'position', 14, 'C++', 'C++', 'job-skills', 17, 'NLP算法、深度学习、C++等词高频出现', 'A programming language named in job descriptions; no position corresponds.'),
 ('maimai-aigc-talent-2023', 'position', 15, '顶会Paper', 'Top-conference papers', 'job-skills', 17, '多数岗位还提及“顶会Paper”、“商业化”等词汇', 'A requirement job descriptions name (academic output), not a position.'),
 ('maimai-aigc-talent-2023', 'position', 16, '商业化', 'Commercialisation', 'job-skills', 17, '多数岗位还提及“顶会Paper”、“商业化”等词汇', 'A requirement job descriptions name (business delivery), not a position.'),
 ('maimai-aigc-talent-2023', 'position', 17, '创新思维', 'Innovative thinking', 'job-skills', 17, '创新思维是非常重要的。', 'A quality the report calls very important, not a position.');
