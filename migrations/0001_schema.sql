-- Schema for talent-market reports and the datasets (charts) they print.
--
-- Every row belongs to a report; a report is added by adding a seed file under
-- seeds/, never by changing code. Figures are stored as TEXT exactly as printed
-- ('5.80', '100'), so that no float rounding can change them; CHECK constraints
-- keep them plain non-negative decimals. SQLite still compares and sums them as
-- numbers (CAST(share_pct AS REAL)).

CREATE TABLE reports (
    id               TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    title            TEXT NOT NULL,             -- as printed
    title_en         TEXT NOT NULL,
    publisher        TEXT NOT NULL,             -- as printed
    publisher_en     TEXT NOT NULL,
    published_on     TEXT NOT NULL CHECK (date(published_on) = published_on),
    data_range_start TEXT NOT NULL CHECK (data_range_start GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    data_range_end   TEXT NOT NULL CHECK (data_range_end GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    source           TEXT NOT NULL,             -- where the transcription was made from
    revised_at       TEXT NOT NULL CHECK (revised_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),
                                                -- when this transcription was last revised (UTC); Last-Modified of its answers
    notes            TEXT
) STRICT;

-- One row per chart (dataset) of a report. `dataset` is the kind of chart and
-- names the table that holds its rows and the endpoint that serves it.
CREATE TABLE datasets (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    dataset          TEXT NOT NULL CHECK (dataset IN (
                         'heat-index', 'talent-industries', 'talent-cities', 'talent-ages',
                         'talent-education', 'talent-experience', 'job-growth',
                         'job-industries', 'hot-jobs', 'salaries', 'job-skills', 'applications')),
    title            TEXT NOT NULL,             -- chart title as printed
    title_en         TEXT NOT NULL,
    page             INTEGER NOT NULL CHECK (page > 0),
    page_printed     TEXT,                      -- page marker as printed ('—9—'); NULL when the text has none
    unit             TEXT NOT NULL,             -- unit as printed, or as implied by the chart
    unit_en          TEXT NOT NULL,
    data_range_start TEXT CHECK (data_range_start GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    data_range_end   TEXT CHECK (data_range_end GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    footnote         TEXT,                      -- the chart's footnote as printed
    publisher        TEXT NOT NULL,             -- 数据来源 as printed
    transcription_note TEXT NOT NULL,           -- how the figures were read from the text
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, dataset),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- 近一年AIGC相关内容热度指数变化 and the like: a monthly index.
CREATE TABLE heat_index (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    month            TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    month_label      TEXT NOT NULL,             -- axis label as printed ('2022年2月')
    month_label_en   TEXT NOT NULL,
    heat_index       TEXT NOT NULL CHECK (heat_index GLOB '[0-9]*' AND heat_index NOT GLOB '*[^0-9.]*'),
    printed_position INTEGER NOT NULL,          -- position of the value among the chart's value labels in the text
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, month),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Share of a report's talent pool by industry (ranked).
CREATE TABLE talent_industries (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    rank             INTEGER NOT NULL CHECK (rank > 0),
    industry         TEXT NOT NULL,
    industry_en      TEXT NOT NULL,
    share_pct        TEXT NOT NULL CHECK (share_pct GLOB '[0-9]*' AND share_pct NOT GLOB '*[^0-9.]*'),
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, rank),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Share of a report's talent pool by city (ranked).
CREATE TABLE talent_cities (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    rank             INTEGER NOT NULL CHECK (rank > 0),
    city             TEXT NOT NULL,
    city_en          TEXT NOT NULL,
    share_pct        TEXT NOT NULL CHECK (share_pct GLOB '[0-9]*' AND share_pct NOT GLOB '*[^0-9.]*'),
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, rank),
    UNIQUE (report_id, city),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Age distribution of one or more cohorts (e.g. AIGC talent, internet industry).
CREATE TABLE talent_ages (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    cohort           TEXT NOT NULL CHECK (cohort GLOB '[a-z]*' AND cohort NOT GLOB '*[^a-z_]*'),
    cohort_label     TEXT NOT NULL,             -- chart title of the cohort as printed
    cohort_label_en  TEXT NOT NULL,
    band_order       INTEGER NOT NULL CHECK (band_order > 0),  -- 1 = youngest band
    age_band         TEXT NOT NULL,
    age_band_en      TEXT NOT NULL,
    share_pct        TEXT NOT NULL CHECK (share_pct GLOB '[0-9]*' AND share_pct NOT GLOB '*[^0-9.]*'),
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, cohort, band_order),
    UNIQUE (report_id, cohort, age_band),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Highest degree held.
CREATE TABLE talent_education (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    level_order      INTEGER NOT NULL CHECK (level_order > 0),  -- 1 = lowest degree
    level            TEXT NOT NULL,
    level_en         TEXT NOT NULL,
    share_pct        TEXT NOT NULL CHECK (share_pct GLOB '[0-9]*' AND share_pct NOT GLOB '*[^0-9.]*'),
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, level_order),
    UNIQUE (report_id, level),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Years of work experience.
CREATE TABLE talent_experience (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    band_order       INTEGER NOT NULL CHECK (band_order > 0),  -- 1 = least experience
    experience_band  TEXT NOT NULL,
    experience_band_en TEXT NOT NULL,
    share_pct        TEXT NOT NULL CHECK (share_pct GLOB '[0-9]*' AND share_pct NOT GLOB '*[^0-9.]*'),
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, band_order),
    UNIQUE (report_id, experience_band),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Year-over-year growth of the number of job postings in a period of each year.
CREATE TABLE job_growth (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    year             INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    period           TEXT NOT NULL,             -- months compared, as printed ('1-2月')
    period_label     TEXT NOT NULL,             -- axis label as printed ('2021年1-2月')
    period_label_en  TEXT NOT NULL,
    yoy_growth_pct   TEXT NOT NULL CHECK ((yoy_growth_pct GLOB '[0-9]*' OR yoy_growth_pct GLOB '-[0-9]*')
                                          AND substr(yoy_growth_pct, 2) NOT GLOB '*[^0-9.]*'),  -- may be negative
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, year, period),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Share of new job postings by industry (ranked).
CREATE TABLE job_industries (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    rank             INTEGER NOT NULL CHECK (rank > 0),
    industry         TEXT NOT NULL,
    industry_en      TEXT NOT NULL,
    share_pct        TEXT NOT NULL CHECK (share_pct GLOB '[0-9]*' AND share_pct NOT GLOB '*[^0-9.]*'),
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, rank),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Ranked positions on the demand side (most recruited for, 热招) and the supply
-- side (most applied to, 热投).
CREATE TABLE hot_jobs (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    side             TEXT NOT NULL CHECK (side IN ('demand', 'supply')),
    side_label       TEXT NOT NULL,             -- 热招 / 热投
    rank             INTEGER NOT NULL CHECK (rank > 0),
    position         TEXT NOT NULL,
    position_en      TEXT NOT NULL,
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, side, rank),
    UNIQUE (report_id, side, position),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Annual salary by position, in 10k CNY (万元) per year.
CREATE TABLE salaries (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    rank             INTEGER NOT NULL CHECK (rank > 0),
    position         TEXT NOT NULL,
    position_en      TEXT NOT NULL,
    annual_salary_10k_cny TEXT NOT NULL CHECK (annual_salary_10k_cny GLOB '[0-9]*' AND annual_salary_10k_cny NOT GLOB '*[^0-9.]*'),
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, rank),
    UNIQUE (report_id, position),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Terms that job descriptions name, with how the report says they are named.
CREATE TABLE job_skills (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    term_order       INTEGER NOT NULL CHECK (term_order > 0),  -- order of mention in the text
    term             TEXT NOT NULL,
    term_en          TEXT NOT NULL,
    dimension        TEXT NOT NULL,             -- 专业技术 / 学术成果 / 业务落地 / ...
    dimension_en     TEXT NOT NULL,
    prominence       TEXT NOT NULL CHECK (prominence IN ('high_frequency', 'most_postings', 'emphasised')),
    prominence_printed TEXT NOT NULL,           -- the phrase the report uses ('高频出现')
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, term_order),
    UNIQUE (report_id, term),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- The application map: for each content domain, its scenarios and industries,
-- one row per item (tidy form).
CREATE TABLE applications (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    domain_order     INTEGER NOT NULL CHECK (domain_order > 0),
    domain           TEXT NOT NULL,             -- 文本领域 ...
    domain_en        TEXT NOT NULL,
    facet            TEXT NOT NULL CHECK (facet IN ('scenario', 'industry')),
    item_order       INTEGER NOT NULL CHECK (item_order > 0),
    item             TEXT NOT NULL,
    item_en          TEXT NOT NULL,
    list_open_ended  INTEGER NOT NULL CHECK (list_open_ended IN (0, 1)),  -- the printed list ends in 等 ("etc.")
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, domain_order, facet, item_order),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- Which seed file loaded which content, so that a restart with unchanged seeds
-- changes nothing and a changed seed file is reloaded.
CREATE TABLE seed_files (
    file_name        TEXT PRIMARY KEY,
    sha256           TEXT NOT NULL,
    loaded_at        TEXT NOT NULL
) STRICT;
