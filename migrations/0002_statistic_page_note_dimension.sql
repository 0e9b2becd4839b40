-- What each dataset's figures are, why a page has no printed marker, and
-- terms the report puts under no dimension.
--
-- datasets.statistic      the report's own word for the statistic, as printed
--                         (热度指数, 同比增长, 年薪水平); NULL when it prints none
--                         (a bare % on the chart).
-- datasets.statistic_en   what each figure is, in English, and whether the report
--                         names the statistic (for salaries it does not say
--                         whether 年薪水平 is a mean or a median). Never empty:
--                         `check` enforces it.
-- datasets.page_note      why `page_printed` is NULL (the extracted text has no
--                         page marker there, and how `page` was inferred); `check`
--                         requires it whenever `page_printed` is NULL.
--
-- job_skills.dimension and dimension_en become nullable: NULL when the report
-- names the term but puts it under none of the dimensions it prints. SQLite
-- cannot drop a NOT NULL constraint in place, so the table is rebuilt; the seed
-- files are loaded again after migrating (their checksums decide), so the copy
-- below only matters for a database whose seeds are not reloaded.

ALTER TABLE datasets ADD COLUMN statistic TEXT;
ALTER TABLE datasets ADD COLUMN statistic_en TEXT NOT NULL DEFAULT '';
ALTER TABLE datasets ADD COLUMN page_note TEXT;

CREATE TABLE job_skills_rebuilt (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    term_order       INTEGER NOT NULL CHECK (term_order > 0),  -- order of mention in the text
    term             TEXT NOT NULL,
    term_en          TEXT NOT NULL,
    dimension        TEXT,                      -- as printed (专业技术 / 学术成果 / 业务落地); NULL: none printed
    dimension_en     TEXT,
    prominence       TEXT NOT NULL CHECK (prominence IN ('high_frequency', 'most_postings', 'emphasised')),
    prominence_printed TEXT NOT NULL,           -- the phrase the report uses ('高频出现')
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, term_order),
    UNIQUE (report_id, term),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL),
    CHECK ((dimension IS NULL) = (dimension_en IS NULL))
) STRICT;

INSERT INTO job_skills_rebuilt
SELECT report_id, term_order, term, term_en, dimension, dimension_en, prominence, prominence_printed,
       uncertain, uncertainty_note
FROM job_skills;

DROP TABLE job_skills;
ALTER TABLE job_skills_rebuilt RENAME TO job_skills;
