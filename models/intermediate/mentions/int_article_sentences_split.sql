-- depends_on: {{ ref('abbreviations') }}
-- One row per sentence of each article body, with its character offsets into the body
-- (0-based, end exclusive) and its paragraph. The body is cut into pieces that end at
-- sentence punctuation or a line break; a piece starts a new sentence unless the one
-- before ends with an abbreviation ("Mr.", "Nov.", "U.S.", from the abbreviations seed)
-- or an initial ("S. Jaishankar"), or it starts in lower case or with a digit. A run of
-- 600 characters without punctuation is cut at the next word end.
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

    select lower(abbreviation) as abbreviation from {{ ref('abbreviations') }}

),

-- The pieces: runs up to sentence punctuation or a line break. A run longer than 600
-- characters is cut again at the first word end after each 600 (a bounded repetition
-- over every body is twenty times slower in RE2, so only long runs get it).
listed as (

    select
        article_id,
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

pieces as (

    select
        article_id,
        generate_subscripts(pieces, 1) as piece_number,
        unnest(pieces) as piece
    from listed

),

placed as (

    select
        article_id,
        piece_number,
        piece,
        coalesce(
            sum(length(piece)) over (
                partition by article_id order by piece_number rows between unbounded preceding and 1 preceding
            ),
            0
        ) as piece_start,
        lag(piece) over (partition by article_id order by piece_number) as previous_piece
    from pieces

),

featured as (

    select
        placed.*,
        lower(regexp_extract(placed.previous_piece, '([\pL][\pL.]*)\.["''”’)]*\s*$', 1)) as previous_last_word,
        regexp_matches(placed.previous_piece, '\n$') as follows_line_break,
        regexp_matches(placed.previous_piece, '[.!?…۔؟]["''”’»)\]]*\s*$') as follows_sentence_end,
        regexp_matches(placed.previous_piece, '(?:^|[^\pL])\pL\.\s*$') as follows_initial,
        regexp_matches(placed.piece, '^\s*[\p{Ll}\pN]') as starts_lower_or_digit
    from placed

),

starts as (

    select
        featured.article_id,
        featured.piece_number,
        featured.piece,
        featured.piece_start,
        coalesce(regexp_matches(featured.previous_piece, '\n\n$'), false) as follows_paragraph_break,
        featured.previous_piece is null
        or featured.follows_line_break
        -- text with no punctuation for 600 characters is cut there, so that no sentence
        -- grows without bound
        or (length(featured.previous_piece) >= 600 and not featured.follows_sentence_end)
        or (
            featured.follows_sentence_end
            and abbreviations.abbreviation is null
            and not featured.follows_initial
            and not featured.starts_lower_or_digit
        ) as is_sentence_start
    from featured
    left join abbreviations on featured.previous_last_word = abbreviations.abbreviation

),

numbered as (

    select
        *,
        sum(is_sentence_start::integer) over (partition by article_id order by piece_number) - 1 as sentence_index,
        sum(follows_paragraph_break::integer) over (partition by article_id order by piece_number) as paragraph_index
    from starts

),

sentences as (

    select
        article_id,
        sentence_index::integer as sentence_index,
        min(paragraph_index)::integer as paragraph_index,
        min(piece_start) as piece_start,
        string_agg(piece, '' order by piece_number) as sentence_with_space
    from numbered
    group by article_id, sentence_index

),

trimmed as (

    select
        article_id,
        sentence_index,
        paragraph_index,
        (piece_start + length(regexp_extract(sentence_with_space, '^\s*')))::integer as char_start,
        regexp_replace(sentence_with_space, '^\s+|\s+$', '', 'g') as sentence_text
    from sentences

),

final as (

    select
        article_id,
        sentence_index,
        paragraph_index,
        char_start,
        (char_start + length(sentence_text))::integer as char_end,
        sentence_text
    from trimmed
    where sentence_text <> ''

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from articles

)

select
    final.*,
    article_loads.loaded_at
from final
left join article_loads on final.article_id = article_loads.article_id
