-- Each line placed in a zone: 'headline', 'header' (dates, bylines, standfirsts above
-- the article), 'body', or 'boilerplate' (page furniture, everything from the first
-- end marker after the body starts, and teaser lines trailing the last sentence).
with

lines as (

    select * from {{ ref('int_document_lines_classified') }}

),

content_lines as (

    select
        *,
        lead(is_paragraph_like) over (partition by document_id order by line_number) as next_is_paragraph_like
    from lines
    where not is_dropped_furniture and not is_end_marker

),

first_content_line as (

    select
        document_id,
        arg_min(content_lines, line_number) as line
    from content_lines
    group by document_id

),

headline_lines as (

    select
        first_content_line.document_id,
        (first_content_line.line).line_number as headline_line_number
    from first_content_line
    where
        (first_content_line.line).word_count <= 40
        and (first_content_line.line).dateline_parts.prefix = ''
        and (
            not (first_content_line.line).ends_like_sentence
            or not coalesce((first_content_line.line).next_is_paragraph_like, false)
            or (first_content_line.line).repeats_a_later_line
        )
        and exists (
            select 1
            from content_lines as later
            where
                later.document_id = first_content_line.document_id
                and later.line_number > (first_content_line.line).line_number
                and later.is_paragraph_like
        )

),

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
    group by content_lines.document_id

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
    where lines.is_end_marker
    group by lines.document_id

),

bounded as (

    select
        lines.*,
        headline_lines.headline_line_number,
        body_starts.body_start_line_number,
        coalesce(body_ends.body_end_line_number, 2147483647) as body_end_line_number
    from lines
    left join headline_lines on lines.document_id = headline_lines.document_id
    left join body_starts on lines.document_id = body_starts.document_id
    left join body_ends on lines.document_id = body_ends.document_id

),

-- Inside the body: keep sentences and long lines; drop captions and subheads
-- (short lines that do not end like a sentence) and the furniture lines.
body_candidates as (

    select
        *,
        body_start_line_number is not null
        and line_number >= body_start_line_number
        and line_number < body_end_line_number
        and not is_dropped_furniture
        and not is_end_marker
        and (ends_like_sentence or word_count >= 15 or line_number = body_start_line_number)
            as is_body_candidate
    from bounded

),

last_sentences as (

    select
        document_id,
        max(line_number) as last_sentence_line_number
    from body_candidates
    where is_body_candidate and ends_like_sentence
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
        end as zone
    from body_candidates
    left join last_sentences on body_candidates.document_id = last_sentences.document_id

)

select * from zoned
