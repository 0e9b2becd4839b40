-- The report's own statements, checked against its figures (claims), and the
-- positions and industries its charts and prose name (entities).
--
-- Every row belongs to a report and goes with it (ON DELETE CASCADE), like the
-- rows of the dataset tables: a report's seed file deletes and re-inserts its
-- report, and these rows with it. Nothing here is a figure: verdicts, ranks
-- and shares are computed from the dataset tables when the data is loaded, so
-- a changed figure changes the verdicts at the next load.
--
-- Decimals (constants, weights, tolerances) are TEXT exactly as written, like
-- the figures, so that no float rounding can change them.

-- One checkable (or explicitly uncheckable) statement of a report.
CREATE TABLE claims (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    claim_id         TEXT NOT NULL CHECK (claim_id GLOB '[a-z0-9]*' AND claim_id NOT GLOB '*[^a-z0-9-]*'),
    claim_order      INTEGER NOT NULL CHECK (claim_order > 0),   -- order in the report
    page             INTEGER NOT NULL CHECK (page > 0),
    page_printed     TEXT,                      -- the page marker as printed ('—9—'); NULL when the text has none
    location         TEXT NOT NULL CHECK (location IN ('headline', 'body', 'caption')),
    sentence_zh_extracted TEXT NOT NULL,        -- the sentence as the text layer has it (radical forms and all)
    sentence_zh      TEXT NOT NULL,             -- the same, normalised to ordinary characters
    clause_zh        TEXT,                      -- the clause this claim checks, when the sentence makes several
    statement_en     TEXT NOT NULL,             -- the claim in English
    reading          TEXT,                      -- how the words were read (bounds of 近, 成, 约 ... and why)
    status           TEXT NOT NULL CHECK (status IN ('checkable', 'not_checkable')),
    not_checkable_reason TEXT,                  -- why the printed figures cannot test it
    decided_transcription INTEGER NOT NULL DEFAULT 0 CHECK (decided_transcription IN (0, 1)),
    decided_transcription_note TEXT,            -- what the seed read from this very sentence
    restates         TEXT,                      -- claim_id of a claim this one repeats (a headline and its body)
    note             TEXT,
    PRIMARY KEY (report_id, claim_id),
    UNIQUE (report_id, claim_order),
    CHECK ((status = 'not_checkable') = (not_checkable_reason IS NOT NULL)),
    CHECK ((decided_transcription = 1) = (decided_transcription_note IS NOT NULL))
) STRICT;

-- Other readings of a claim's words, and the verdict each would give
-- (documentation: not evaluated).
CREATE TABLE claim_alternatives (
    report_id        TEXT NOT NULL,
    claim_id         TEXT NOT NULL,
    alternative_order INTEGER NOT NULL CHECK (alternative_order > 0),
    reading          TEXT NOT NULL,
    verdict          TEXT NOT NULL CHECK (verdict IN ('supported', 'not_supported', 'not_checkable')),
    arithmetic       TEXT NOT NULL,
    PRIMARY KEY (report_id, claim_id, alternative_order),
    FOREIGN KEY (report_id, claim_id) REFERENCES claims (report_id, claim_id) ON DELETE CASCADE
) STRICT;

-- The comparisons a checkable claim makes; it is supported when every one
-- holds. Each side is `const + Σ weight × aggregate(term)` over its terms.
-- `≈` holds when |left − right| <= tolerance.
CREATE TABLE claim_checks (
    report_id        TEXT NOT NULL,
    claim_id         TEXT NOT NULL,
    check_order      INTEGER NOT NULL CHECK (check_order > 0),
    description      TEXT NOT NULL,
    left_const       TEXT NOT NULL DEFAULT '0' CHECK ((left_const GLOB '[0-9]*' OR left_const GLOB '-[0-9]*')
                                                       AND substr(left_const, 2) NOT GLOB '*[^0-9.]*'),
    operator         TEXT NOT NULL CHECK (operator IN ('>', '>=', '<', '<=', '=', '≈')),
    right_const      TEXT NOT NULL DEFAULT '0' CHECK ((right_const GLOB '[0-9]*' OR right_const GLOB '-[0-9]*')
                                                        AND substr(right_const, 2) NOT GLOB '*[^0-9.]*'),
    tolerance        TEXT CHECK (tolerance GLOB '[0-9]*' AND tolerance NOT GLOB '*[^0-9.]*'),
    PRIMARY KEY (report_id, claim_id, check_order),
    FOREIGN KEY (report_id, claim_id) REFERENCES claims (report_id, claim_id) ON DELETE CASCADE,
    CHECK ((operator = '≈') = (tolerance IS NOT NULL))
) STRICT;

-- One term of a side of a check: an aggregate of a served field over the rows
-- of one dataset of the same report that the row filter selects.
--   row_filter: `field=value` conditions separated by `; ` (all must hold);
--               `|` between values ORs them (`city=北京|上海`); '' selects
--               every row. Fields and values are the served ones, compared
--               with the value as CSV writes it (true/false, 2021, labels as
--               printed); every value must be one the dataset holds.
--   aggregate:  value (exactly one row) | sum | count | count_distinct | min | max.
--   field:      the served field aggregated; NULL for count.
CREATE TABLE claim_terms (
    report_id        TEXT NOT NULL,
    claim_id         TEXT NOT NULL,
    check_order      INTEGER NOT NULL,
    side             TEXT NOT NULL CHECK (side IN ('left', 'right')),
    term_order       INTEGER NOT NULL CHECK (term_order > 0),
    dataset          TEXT NOT NULL,             -- dataset kind ('talent-cities')
    row_filter       TEXT NOT NULL DEFAULT '',
    aggregate        TEXT NOT NULL CHECK (aggregate IN ('value', 'sum', 'count', 'count_distinct', 'min', 'max')),
    field            TEXT,
    weight           TEXT NOT NULL DEFAULT '1' CHECK ((weight GLOB '[0-9]*' OR weight GLOB '-[0-9]*')
                                                      AND substr(weight, 2) NOT GLOB '*[^0-9.]*'),
    PRIMARY KEY (report_id, claim_id, check_order, side, term_order),
    FOREIGN KEY (report_id, claim_id, check_order)
        REFERENCES claim_checks (report_id, claim_id, check_order) ON DELETE CASCADE,
    CHECK ((aggregate = 'count') = (field IS NULL))
) STRICT;

-- A position or an industry: one thing, whatever label each chart or
-- sentence prints for it.
CREATE TABLE entities (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    entity_kind      TEXT NOT NULL CHECK (entity_kind IN ('position', 'industry')),
    entity_id        TEXT NOT NULL CHECK (entity_id GLOB '[a-z0-9]*' AND entity_id NOT GLOB '*[^a-z0-9-]*'),
    entity_order     INTEGER NOT NULL CHECK (entity_order > 0),
    name_zh          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    note             TEXT,
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    uncertainty_note TEXT,
    PRIMARY KEY (report_id, entity_kind, entity_id),
    UNIQUE (report_id, entity_kind, entity_order),
    UNIQUE (report_id, entity_kind, name_zh),
    CHECK (uncertain = 0 OR uncertainty_note IS NOT NULL)
) STRICT;

-- A printed label that names an entity: in a dataset (the label exactly as
-- stored in `field`, by default the dataset's label field; every row holding
-- it is linked), or in the prose (dataset NULL, with page and context).
-- `uncertain` when the label may or may not be the same thing; `note` says
-- why it was linked.
CREATE TABLE entity_labels (
    report_id        TEXT NOT NULL,
    entity_kind      TEXT NOT NULL,
    entity_id        TEXT NOT NULL,
    label_order      INTEGER NOT NULL CHECK (label_order > 0),
    label            TEXT NOT NULL,
    dataset          TEXT,
    field            TEXT,
    page             INTEGER CHECK (page > 0),
    context_zh       TEXT,
    note             TEXT,
    uncertain        INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    PRIMARY KEY (report_id, entity_kind, entity_id, label_order),
    FOREIGN KEY (report_id, entity_kind, entity_id)
        REFERENCES entities (report_id, entity_kind, entity_id) ON DELETE CASCADE,
    CHECK (dataset IS NOT NULL OR (page IS NOT NULL AND context_zh IS NOT NULL)),
    CHECK (field IS NULL OR dataset IS NOT NULL),
    CHECK (uncertain = 0 OR note IS NOT NULL)
) STRICT;

-- A printed position or industry label that resolves to no entity, and why.
CREATE TABLE unresolved_labels (
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    entity_kind      TEXT NOT NULL CHECK (entity_kind IN ('position', 'industry')),
    label_order      INTEGER NOT NULL CHECK (label_order > 0),
    label            TEXT NOT NULL,
    label_en         TEXT NOT NULL,
    dataset          TEXT,                      -- the dataset printing it; NULL: the prose
    page             INTEGER NOT NULL CHECK (page > 0),
    context_zh       TEXT NOT NULL,             -- where it is printed (the words around it, or the rows)
    reason           TEXT NOT NULL,
    PRIMARY KEY (report_id, entity_kind, label_order)
) STRICT;
