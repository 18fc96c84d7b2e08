-- depends_on: {{ ref('organization_head_words') }}
-- Each line placed in a zone: 'headline', 'header' (dates, bylines, standfirsts above
-- the article), 'body', or 'boilerplate' (page furniture, everything from the first
-- end marker after the body starts, and teaser lines trailing the last sentence).
{%- set head_words -%}
    select lower(word) from {{ seed_relation('organization_head_words') }}
{%- endset %}
with

lines as not materialized (

    select * from {{ ref('int_document_lines_classified') }}
    where {{ only_new_documents() }}

),

-- Each content line (not furniture, not an end marker) as narrow features: its text is
-- read here once and left behind, so the windows below sort small rows (a copy of every
-- line's text spilled at a million articles). A line that can be a title by its own
-- text: 4 to 40 words (under 25 when it does not end like a sentence: a longer run of
-- words is a lede that lost its full stop), no dateline, not an institution's name, not
-- a section trail ("Gulf Asia Daily > World"), not mostly numbers, and not two sentences.
content_features as (

    select
        lines.document_id,
        lines.line_number,
        lines.word_count,
        lines.ends_like_sentence,
        lines.is_paragraph_like,
        lines.repeats_a_later_line,
        dateline_parts.prefix <> '' as opens_with_dateline,
        -- a wire dateline, its city in capitals ("CITY, May 2 (Agency) --")
        dateline_parts.prefix <> ''
        and regexp_full_match(dateline_parts.city, '[A-Z][A-Z .''’-]{2,}') as opens_with_wire_dateline,
        -- "Ministry of Foreign Affairs", "Press Information Department": an institution's name
        not (
            lines.word_count <= 6
            and regexp_full_match(
                lines.line_text,
                '(?:[\p{Lu}\pN][^ ]*|of|and|for|the|on)(?: (?:[\p{Lu}\pN][^ ]*|of|and|for|the|on))*'
            )
            and {{ has_seed_word("regexp_extract_all(lower(line_text), '[\\pL]+')", head_words) }}
        )
        and lines.word_count between 4 and 40
        and (lines.ends_like_sentence or lines.word_count < 25)
        and dateline_parts.prefix = ''
        and not regexp_matches(lines.line_text, ' (›|»|>|\||·|—|/) ')
        and len(regexp_extract_all(lines.line_text, '\d+')) * 3 <= lines.word_count
        -- two sentences ending like a sentence are a paragraph ("… on #RussiaDay. Pakistan values …")
        and not (
            lines.ends_like_sentence
            and regexp_matches(lines.line_text, '\p{Ll}{2}[.!?]["”’]? +\p{Lu}')
        ) as is_title_shaped,
        -- the key a masthead check compares (lines of a title's length only)
        case when lines.word_count between 4 and 40 then {{ name_key('line_text') }} end as title_key
    from lines
    where not lines.is_dropped_furniture and not lines.is_end_marker

),

content_lines as (

    select
        *,
        lead(is_paragraph_like) over reading_order as next_is_paragraph_like,
        lag(line_number) over reading_order as previous_line_number,
        bool_or(is_paragraph_like and ends_like_sentence) over (partition by document_id) as has_sentences,
        coalesce(lead(opens_with_wire_dateline) over reading_order, false) as next_opens_with_dateline
    from content_features
    window reading_order as (partition by document_id order by line_number)

),

-- Names of outlets and organisations: a line that is only one of them is a masthead
-- ("Ministry of Foreign Affairs", "TASS"), never the title.
known_names as (

    select distinct {{ name_key('alias') }} as name_key
    from {{ ref('outlets') }}
    union
    select distinct {{ name_key('aliases.alias') }} as name_key
    from {{ ref('gazetteer_entity_aliases') }} as aliases
    inner join {{ ref('gazetteer_entities') }} as entities on aliases.entity_id = entities.entity_id
    where entities.entity_type = 'organization'

),

-- A title: a title-shaped line that is not a masthead or section name, nor a sentence that
-- opens the article (a title may end with a full stop when no paragraph follows it).
title_candidates as (

    select
        content_lines.document_id,
        content_lines.line_number
    from content_lines
    anti join known_names on content_lines.title_key = known_names.name_key
    where
        content_lines.is_title_shaped
        and (
            not content_lines.ends_like_sentence
            or not coalesce(content_lines.next_is_paragraph_like, false)
            or content_lines.repeats_a_later_line
        )

),

first_paragraphs as (

    select
        content_lines.document_id,
        min(content_lines.line_number) as line_number
    from content_lines
    anti join title_candidates
        on
            content_lines.document_id = title_candidates.document_id
            and content_lines.line_number = title_candidates.line_number
    where content_lines.is_paragraph_like and not content_lines.repeats_a_later_line
    group by content_lines.document_id

),

headline_lines as (

    select
        title_candidates.document_id,
        min(title_candidates.line_number) as headline_line_number
    from title_candidates
    left join first_paragraphs on title_candidates.document_id = first_paragraphs.document_id
    where title_candidates.line_number < coalesce(first_paragraphs.line_number, 2147483647)
    group by title_candidates.document_id

),

-- The body starts at the first paragraph after the headline, unless that paragraph
-- sits right under the headline without ending like a sentence or opening with a
-- dateline, on a page whose paragraphs do end like sentences: a standfirst ("Minister
-- hosts envoy; trade deal expected"), not the lede. Nor does it start at a line right
-- above a wire dateline: the dateline opens the story, the line above is a photo caption
-- or a teaser ("Minister X meets President Y in Z." over "CITY, May 2 (Agency) --").
body_starts as (

    select
        content_lines.document_id,
        min(content_lines.line_number) as body_start_line_number
    from content_lines
    left join headline_lines
        on content_lines.document_id = headline_lines.document_id
    where
        content_lines.is_paragraph_like
        and not content_lines.repeats_a_later_line
        and content_lines.line_number > coalesce(headline_lines.headline_line_number, -1)
        and not content_lines.next_opens_with_dateline
        and not (
            coalesce(content_lines.previous_line_number = headline_lines.headline_line_number, false)
            and content_lines.has_sentences
            and not content_lines.ends_like_sentence
            and not content_lines.opens_with_dateline
        )
    group by content_lines.document_id

),

-- An end marker that is a short heading followed by a full paragraph is a box inside
-- the article ("Related Articles" with its links stripped), not the article's end.
-- (line numbers have no gaps, so the next line is line_number + 1)
inline_boxes as (

    select
        lines.document_id,
        lines.line_number
    from lines
    inner join lines as next_line
        on
            lines.document_id = next_line.document_id
            and lines.line_number + 1 = next_line.line_number
    where
        lines.is_end_marker
        and lines.word_count <= 3
        and not contains(lines.line_text, '©')
        and next_line.word_count >= 25
        and next_line.ends_like_sentence

),

body_ends as (

    select
        lines.document_id,
        min(lines.line_number) as body_end_line_number
    from lines
    inner join body_starts
        on
            lines.document_id = body_starts.document_id
            and lines.line_number > body_starts.body_start_line_number
    anti join inline_boxes
        on
            lines.document_id = inline_boxes.document_id
            and lines.line_number = inline_boxes.line_number
    where lines.is_end_marker
    group by lines.document_id

),

-- Each page's bounds, one narrow row a page: its last line, headline, body start and end
page_bounds as (

    select
        pages.document_id,
        pages.last_line_number,
        headline_lines.headline_line_number,
        body_starts.body_start_line_number,
        coalesce(body_ends.body_end_line_number, 2147483647) as body_end_line_number
    from (
        select
            document_id,
            max(line_number) as last_line_number
        from lines
        group by document_id
    ) as pages
    left join headline_lines on pages.document_id = headline_lines.document_id
    left join body_starts on pages.document_id = body_starts.document_id
    left join body_ends on pages.document_id = body_ends.document_id

),

-- Inside the body: keep sentences and long lines; drop captions and subheads
-- (short lines that do not end like a sentence) and the furniture lines.
-- (not materialized: both steps below read it, and a copy of every line would spill)
body_candidates as not materialized (

    select
        lines.*,
        page_bounds.headline_line_number,
        page_bounds.body_start_line_number,
        page_bounds.body_end_line_number,
        page_bounds.body_start_line_number is not null
        and lines.line_number >= page_bounds.body_start_line_number
        and lines.line_number < page_bounds.body_end_line_number
        and not lines.is_dropped_furniture
        and not lines.is_end_marker
        and (
            lines.ends_like_sentence or lines.word_count >= 15 or lines.line_number = page_bounds.body_start_line_number
        ) as is_body_candidate,
        lines.line_number = page_bounds.last_line_number as is_last_line
    from lines
    inner join page_bounds on lines.document_id = page_bounds.document_id

),

-- The page's last line may be a paragraph the crawler cut off mid-sentence: its
-- complete sentences are still the article's (the fragment is cut from the body); and
-- the last paragraph may close with a bare agency credit (cut from the body too).
last_sentences as (

    select
        document_id,
        max(line_number) as last_sentence_line_number
    from body_candidates
    where
        is_body_candidate
        and (
            ends_like_sentence
            -- "… they added. REUTERS": the credit is cut downstream, the sentence kept
            or {{ ends_with_bare_credit('line_text') }}
            or (
                is_last_line
                and regexp_matches(line_text, '\p{Ll}[.!?]["”’)]? +["“‘]?\p{Lu}')
            )
        )
    group by document_id

),

zoned as (

    select
        body_candidates.document_id,
        body_candidates.line_number,
        body_candidates.line_text,
        body_candidates.word_count,
        body_candidates.dateline_parts,
        body_candidates.is_dropped_furniture,
        body_candidates.body_start_line_number,
        case
            when body_candidates.line_number = body_candidates.headline_line_number then 'headline'
            when
                body_candidates.is_body_candidate
                and body_candidates.line_number <= coalesce(
                    last_sentences.last_sentence_line_number, body_candidates.body_end_line_number
                )
                then 'body'
            when
                body_candidates.line_number < coalesce(body_candidates.body_start_line_number, -1)
                then 'header'
            -- No paragraph found (no punctuation, one line, another script): keep the text.
            when
                body_candidates.body_start_line_number is null
                and not body_candidates.is_dropped_furniture
                and not body_candidates.is_end_marker
                then 'body'
            else 'boilerplate'
        end as zone,
        body_candidates.loaded_at
    from body_candidates
    left join last_sentences on body_candidates.document_id = last_sentences.document_id

)

select * from zoned
