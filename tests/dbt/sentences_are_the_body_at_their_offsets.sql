-- Offsets are truth: each article body is its sentences at their offsets (0-based, end
-- exclusive) with only white space around them. Returns the articles that break it.
-- Checks the sentences this build wrote (macros/build_scope.sql). Per article:
-- - the sentences follow each other without overlapping (their offsets alone, sorted);
-- - each sentence is the body at its offsets, and the body holds no character other than
--   white space outside them: its visible characters are exactly its sentences' (with
--   the texts in place and no overlap, any other visible character would be one more);
-- - nothing but white space follows the last sentence.
-- A sentence's text is compared with substr, which scans a UTF-8 body from its start: cheap
-- on a page of news, quadratic on a 20 MB page. A body of 100,000 characters or more is
-- rebuilt from its sentences in one pass instead (white space written as spaces) and
-- compared whole; the aggregate holds a whole text, so only long bodies take that way.
-- Every CTE is read once and no copy of a sentence's text waits in a window or a
-- materialized CTE (that filled the disk at a million articles).
with

sentences as not materialized (

    select
        article_id,
        sentence_index,
        char_start,
        char_end,
        sentence_text
    from {{ ref('int_article_sentences_split') }}
    where {{ built_in_this_run('loaded_at') }}

),

bodies as not materialized (

    select
        article_id,
        body,
        length(body) as body_length
    from {{ ref('articles') }}
    where article_id in (select sentences.article_id from sentences)

),

-- offsets only: each sentence's start against the end of the one before
sentence_gaps as (

    select
        article_id,
        max(char_end) as last_end,
        min(char_start - previous_end) as smallest_gap
    from (
        select
            article_id,
            char_start,
            char_end,
            coalesce(lag(char_end) over (partition by article_id order by sentence_index), 0) as previous_end
        from sentences
    ) as placed
    group by article_id

),

body_lengths as (

    select
        article_id,
        body_length,
        length(regexp_replace(body, '\s+$', '')) as content_end,
        length(regexp_replace(body, '\s', '', 'g')) as visible_length
    from bodies

),

short_sentences_checked as (

    select
        sentences.article_id,
        sum(length(regexp_replace(sentences.sentence_text, '\s', '', 'g'))) as visible_in_sentences,
        bool_and(
            sentences.char_end - sentences.char_start = length(sentences.sentence_text)
            and substr(bodies.body, sentences.char_start + 1, sentences.char_end - sentences.char_start)
            = sentences.sentence_text
        ) as texts_match
    from sentences
    inner join bodies on sentences.article_id = bodies.article_id
    where bodies.body_length < 100000
    group by sentences.article_id

),

long_rebuilt as (

    select
        placed.article_id,
        array_to_string(
            list(
                repeat(' ', placed.char_start - placed.previous_end)
                || regexp_replace(placed.sentence_text, '\s', ' ', 'g')
                order by placed.sentence_index
            ),
            ''
        ) as spaced_text,
        max(placed.char_end) as last_end,
        bool_and(placed.char_end - placed.char_start = length(placed.sentence_text)) as have_their_lengths
    from (
        select
            *,
            coalesce(lag(char_end) over (partition by article_id order by sentence_index), 0) as previous_end
        from sentences
        where
            article_id in (
                select bodies.article_id from bodies
                where bodies.body_length >= 100000
            )
    ) as placed
    group by placed.article_id

),

long_checked as (

    select
        long_rebuilt.article_id,
        long_rebuilt.have_their_lengths
        and regexp_replace(bodies.body, '\s', ' ', 'g')
        = long_rebuilt.spaced_text || repeat(' ', bodies.body_length - long_rebuilt.last_end) as body_matches
    from long_rebuilt
    inner join bodies on long_rebuilt.article_id = bodies.article_id

),

checked as (

    select
        sentence_gaps.article_id,
        sentence_gaps.last_end,
        sentence_gaps.smallest_gap,
        coalesce(
            short_sentences_checked.texts_match
            and short_sentences_checked.visible_in_sentences = body_lengths.visible_length,
            long_checked.body_matches
        ) as body_matches,
        body_lengths.article_id is not null as has_body,
        body_lengths.body_length,
        body_lengths.content_end
    from sentence_gaps
    left join body_lengths on sentence_gaps.article_id = body_lengths.article_id
    left join short_sentences_checked on sentence_gaps.article_id = short_sentences_checked.article_id
    left join long_checked on sentence_gaps.article_id = long_checked.article_id

)

select
    article_id,
    last_end,
    smallest_gap,
    body_matches,
    body_length
from checked
where
    not has_body
    or body_matches is null
    or smallest_gap < 0
    or last_end > body_length
    or last_end < content_end
    or not body_matches
