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
