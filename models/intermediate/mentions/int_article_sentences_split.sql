-- depends_on: {{ ref('abbreviations') }}
-- One row per sentence of each article body, with its character offsets into the body
-- (0-based, end exclusive) and its paragraph. The body is cut into pieces that end at
-- sentence punctuation or a line break; a piece starts a new sentence unless the one
-- before ends with an abbreviation ("Mr.", "Nov.", "U.S.", from the abbreviations seed)
-- or an initial ("S. Jaishankar"), or it starts in lower case or with a digit. A run of
-- 600 characters without punctuation is cut at the next word end.
-- Pieces are grouped into sentences with list functions on each article's own row: an
-- aggregate that gathers texts (string_agg) keeps them all in memory and cannot spill,
-- and a window over every piece of every article carries their text through a sort.
with

articles as (

    select
        article_id,
        body,
        loaded_at
    from {{ ref('int_articles_finalized') }}
    where {{ only_new_documents() }}

),

abbreviations as (

    select coalesce(list(lower(abbreviation)), []) as abbreviations from {{ ref('abbreviations') }}

),

-- The pieces: runs up to sentence punctuation or a line break. A run longer than 600
-- characters is cut again at the first word end after each 600 (a bounded repetition
-- over every body is twenty times slower in RE2, so only long runs get it). The pieces
-- tile the body: their lengths add up to its length.
listed as (

    select
        article_id,
        loaded_at,
        contains(body, chr(31)) as has_unit_separator,
        flatten(
            list_transform(
                regexp_extract_all(
                    body,
                    '[^.!?…۔؟\n]+(?:[.!?…۔؟]+["''”’»)\]]*)?[^\S\n]*\n*'
                    || '|[.!?…۔؟]+["''”’»)\]]*[^\S\n]*\n*|\n+'
                ),
                piece -> if(
                    length(piece) > 600,
                    regexp_extract_all(
                        piece,
                        '[^.!?…۔؟\n]{1,600}[^.!?…۔؟\n\s]*(?:[.!?…۔؟]+["''”’»)\]]*)?[^\S\n]*\n*'
                        || '|[.!?…۔؟]+["''”’»)\]]*[^\S\n]*\n*|\n+'
                    ),
                    [piece]
                )
            )
        ) as pieces
    from articles

),

-- Piece i starts a sentence when it is the first, when the piece before ends a line,
-- when the piece before is a 600-character run without a stop, or when the piece before
-- ends with a stop that is not an abbreviation's or an initial's and piece i does not
-- start in lower case or with a digit.
flagged as (

    select
        listed.article_id,
        listed.loaded_at,
        listed.has_unit_separator,
        listed.pieces,
        list_transform(
            generate_series(1, len(listed.pieces)),
            i -> i = 1
            or regexp_matches(listed.pieces[i - 1], '\n$')
            or (
                length(listed.pieces[i - 1]) >= 600
                and not regexp_matches(listed.pieces[i - 1], '[.!?…۔؟]["''”’»)\]]*\s*$')
            )
            or (
                regexp_matches(listed.pieces[i - 1], '[.!?…۔؟]["''”’»)\]]*\s*$')
                and not list_contains(
                    abbreviations.abbreviations,
                    lower(regexp_extract(listed.pieces[i - 1], '([\pL][\pL.]*)\.["''”’)]*\s*$', 1))
                )
                and not regexp_matches(listed.pieces[i - 1], '(?:^|[^\pL])\pL\.\s*$')
                and not regexp_matches(listed.pieces[i], '^\s*[\p{Ll}\pN]')
            )
        ) as starts_sentence
    from listed
    cross join abbreviations

),

-- Sentence k is the pieces from its first one to the piece before the next sentence's.
-- They are joined with a mark (U+001F U+001D) before each sentence's first piece and split
-- there again (a slice of a list inside a list function is copied each time). Normalised
-- text has no C0 control characters (normalize_text); a body that is a page's raw text
-- may, so there each U+001F is written U+001F U+001E while the pieces are joined, and
-- back after the split: the mark never occurs in the joined text.
sentences_listed as (

    select
        article_id,
        loaded_at,
        has_unit_separator,
        string_split(
            array_to_string(
                list_transform(
                    generate_series(1, len(pieces)),
                    i -> if(starts_sentence[i], chr(31) || chr(29), '')
                    || if(has_unit_separator, replace(pieces[i], chr(31), chr(31) || chr(30)), pieces[i])
                ),
                ''
            ),
            chr(31) || chr(29)
        )[2:] as sentences
    from flagged

),

sentence_rows as (

    select
        article_id,
        loaded_at,
        has_unit_separator,
        generate_subscripts(sentences, 1) - 1 as sentence_index,
        unnest(sentences) as joined_sentence
    from sentences_listed

),

unescaped as (

    select
        article_id,
        loaded_at,
        sentence_index,
        if(has_unit_separator, replace(joined_sentence, chr(31) || chr(30), chr(31)), joined_sentence)
            as sentence_with_space
    from sentence_rows

),

-- Only a sentence's last piece can end a line (a line break starts a sentence), so a
-- sentence that ends with a blank line is the last of its paragraph.
placed as (

    select
        article_id,
        loaded_at,
        sentence_index,
        sentence_with_space,
        coalesce(
            sum(length(sentence_with_space)) over (
                partition by article_id order by sentence_index rows between unbounded preceding and 1 preceding
            ),
            0
        ) as sentence_start,
        coalesce(
            sum(regexp_matches(sentence_with_space, '\n\n$')::integer) over (
                partition by article_id order by sentence_index rows between unbounded preceding and 1 preceding
            ),
            0
        ) as paragraph_index
    from unescaped

),

trimmed as (

    select
        article_id,
        loaded_at,
        sentence_index::integer as sentence_index,
        paragraph_index::integer as paragraph_index,
        (sentence_start + length(regexp_extract(sentence_with_space, '^\s*')))::integer as char_start,
        regexp_replace(sentence_with_space, '^\s+|\s+$', '', 'g') as sentence_text
    from placed

)

select
    article_id,
    sentence_index,
    paragraph_index,
    char_start,
    (char_start + length(sentence_text))::integer as char_end,
    sentence_text,
    loaded_at
from trimmed
where sentence_text <> ''
