-- depends_on: {{ ref('boilerplate_markers') }}
-- Each line with the features that decide its zone: page furniture (from the
-- boilerplate_markers seed), sentence-like ending, length, a dateline at its start,
-- and whether it repeats a later line (headline copies, standfirsts, teasers). An
-- aggregator's credit opening a line ("(MENAFN- Agency) CITY, May 2 (Agency) -- …",
-- markers with action `cut_prefix`) is cut first, so the story's own dateline opens it.
with

-- (not materialized: the two CTEs below read it; DuckDB would otherwise keep a copy of
-- every line, which spills at a million articles)
split_lines as not materialized (

    select * from {{ ref('int_document_lines_split') }}
    where {{ only_new_documents() }}

),

-- (not materialized: both steps below read it, the second only the top of each page)
lines as not materialized (

    select
        document_id,
        line_number,
        {{ cut_aggregator_credit('line_text') }} as line_text,
        loaded_at
    from split_lines

),

measured as (

    select
        document_id,
        line_number,
        line_text,
        {{ count_words('line_text') }} as word_count,
        {{ ends_like_sentence('line_text') }} as ends_like_sentence,
        -- (a line that was nothing but an aggregator's credit is left empty)
        line_text = ''
        or regexp_full_match(line_text, {{ rule_regex('boilerplate_markers', where="action = 'drop_line'") }})
            as is_dropped_furniture,
        regexp_full_match(line_text, {{ rule_regex('boilerplate_markers', where="action = 'end_body'") }})
            as is_end_marker,
        {{ extract_dateline('line_text') }} as dateline_parts,
        loaded_at
    from lines

),

-- Only the top of a page needs the repeat check, and only against the next lines: the
-- candidates are cut down before the join, so few pairs are compared. They are read from
-- the lines again, not from `measured`: a CTE read twice is materialized, and a copy of
-- every line with its features spilled to disk at a million articles.
top_lines as (

    select
        document_id,
        line_number,
        {{ count_words('line_text') }} as word_count,
        list_distinct(regexp_extract_all(lower(line_text), '[[:alnum:]]+')) as word_set
    from lines
    where line_number < 15 + 8

),

repeats_a_later_line as (

    select distinct
        line.document_id,
        line.line_number
    from top_lines as line
    inner join top_lines as later
        on
            line.document_id = later.document_id
            and later.line_number between line.line_number + 1 and line.line_number + 8
    where
        line.line_number < 15
        and line.word_count >= 3
        and len(line.word_set) > 0
        and len(list_intersect(line.word_set, later.word_set)) >= 0.7 * len(line.word_set)

),

classified as (

    select
        measured.document_id,
        measured.line_number,
        measured.line_text,
        measured.word_count,
        measured.ends_like_sentence,
        measured.is_dropped_furniture,
        measured.is_end_marker,
        measured.dateline_parts,
        -- a paragraph opening with a dateline starts the article: it is never a copy
        repeats_a_later_line.line_number is not null and measured.dateline_parts.prefix = '' as repeats_a_later_line,
        -- a sentence, a dateline opening a paragraph, or a long run of words with no
        -- punctuation at all
        not measured.is_dropped_furniture
        and not measured.is_end_marker
        and (
            (measured.ends_like_sentence and measured.word_count >= 6)
            or (
                measured.dateline_parts.prefix <> ''
                and {{ count_words('substr(measured.line_text, length(measured.dateline_parts.prefix) + 1)') }} >= 6
            )
            or measured.word_count >= 25
        ) as is_paragraph_like,
        measured.loaded_at
    from measured
    left join repeats_a_later_line
        on
            measured.document_id = repeats_a_later_line.document_id
            and measured.line_number = repeats_a_later_line.line_number

)

select * from classified
