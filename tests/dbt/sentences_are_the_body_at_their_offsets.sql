-- Offsets are truth: each article body is its sentences at their offsets (0-based, end
-- exclusive) with only white space around them. Returns the articles that break it.
-- Checks the sentences this build wrote (macros/build_scope.sql).
-- Two ways by the body's length, so that neither time nor memory grows faster than the text:
-- - a body under 100,000 characters is checked sentence by sentence with substr, in a join
--   DuckDB can spill (substr scans a UTF-8 body from its start, cheap on a page of news),
--   and nothing but white space follows its last sentence;
-- - a longer body (a 20 MB page) is rebuilt from its sentences in one pass (white space
--   written as spaces) and compared whole: the aggregate holds a whole text, which at 100k
--   articles ran out of the build's memory when every body took this way.
-- (not materialized: each CTE is read several times, and a copy of every sentence or body
-- held for that ran out of memory at a million articles)
with

sentences as not materialized (

    select
        article_id,
        sentence_index,
        char_start,
        char_end,
        sentence_text,
        char_end - char_start = length(sentence_text) as has_its_length,
        coalesce(lag(char_end) over (partition by article_id order by sentence_index), 0) as previous_end
    from {{ ref('int_article_sentences_split') }}
    where {{ built_in_this_run('loaded_at') }}

),

bodies as not materialized (

    select
        article_id,
        body,
        length(body) as body_length,
        length(regexp_replace(body, '\s+$', '')) as content_end
    from {{ ref('articles') }}
    where article_id in (select sentences.article_id from sentences)

),

short_sentences_checked as (

    select
        sentences.article_id,
        max(sentences.char_end) as last_end,
        min(sentences.char_start - sentences.previous_end) as smallest_gap,
        bool_and(
            sentences.has_its_length
            and substr(bodies.body, sentences.char_start + 1, sentences.char_end - sentences.char_start)
            = sentences.sentence_text
            and regexp_full_match(
                substr(bodies.body, sentences.previous_end + 1, sentences.char_start - sentences.previous_end),
                '\s*'
            )
        ) as body_matches
    from sentences
    inner join bodies on sentences.article_id = bodies.article_id
    where bodies.body_length < 100000
    group by sentences.article_id

),

long_rebuilt as (

    select
        sentences.article_id,
        array_to_string(
            list(
                repeat(' ', sentences.char_start - sentences.previous_end)
                || regexp_replace(sentences.sentence_text, '\s', ' ', 'g')
                order by sentences.sentence_index
            ),
            ''
        ) as spaced_text,
        max(sentences.char_end) as last_end,
        min(sentences.char_start - sentences.previous_end) as smallest_gap,
        bool_and(sentences.has_its_length) as have_their_lengths
    from sentences
    where
        sentences.article_id in (
            select bodies.article_id from bodies
            where bodies.body_length >= 100000
        )
    group by sentences.article_id

),

checked as (

    select
        article_id,
        last_end,
        smallest_gap,
        body_matches
    from short_sentences_checked

    union all

    select
        long_rebuilt.article_id,
        long_rebuilt.last_end,
        long_rebuilt.smallest_gap,
        long_rebuilt.have_their_lengths
        and regexp_replace(bodies.body, '\s', ' ', 'g')
        = long_rebuilt.spaced_text || repeat(' ', bodies.body_length - long_rebuilt.last_end) as body_matches
    from long_rebuilt
    inner join bodies on long_rebuilt.article_id = bodies.article_id

)

select
    sentences_per_article.article_id,
    checked.last_end,
    checked.smallest_gap,
    checked.body_matches,
    bodies.body_length
from (select distinct sentences.article_id from sentences) as sentences_per_article
left join bodies on sentences_per_article.article_id = bodies.article_id
left join checked on sentences_per_article.article_id = checked.article_id
where
    bodies.article_id is null
    or checked.article_id is null
    or checked.smallest_gap < 0
    or checked.last_end > bodies.body_length
    or checked.last_end < bodies.content_end
    or not checked.body_matches
