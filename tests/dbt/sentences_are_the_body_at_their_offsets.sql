-- Offsets are truth: each article body is its sentences at their offsets (0-based, end
-- exclusive) with only white space around them. The body is rebuilt from its sentences
-- in one pass (white space written as spaces) and compared whole: its cost grows with
-- the text, where a substr per sentence deep into a 20 MB body scans it from its start.
-- Returns the articles that break it. Checks the sentences this build wrote
-- (macros/build_scope.sql).
with

sentences as (

    select
        article_id,
        sentence_index,
        char_end,
        sentence_text,
        char_end - char_start = length(sentence_text) as has_its_length,
        char_start - coalesce(lag(char_end) over (partition by article_id order by sentence_index), 0) as gap
    from {{ ref('int_article_sentences_split') }}
    where {{ built_in_this_run('loaded_at') }}

),

rebuilt as (

    select
        article_id,
        array_to_string(
            list(repeat(' ', gap) || regexp_replace(sentence_text, '\s', ' ', 'g') order by sentence_index), ''
        ) as spaced_text,
        max(char_end) as last_end,
        min(gap) as smallest_gap,
        bool_and(has_its_length) as have_their_lengths
    from sentences
    group by article_id

)

select
    rebuilt.article_id,
    rebuilt.last_end,
    rebuilt.smallest_gap,
    rebuilt.have_their_lengths,
    length(articles.body) as body_length
from rebuilt
left join {{ ref('articles') }} as articles on rebuilt.article_id = articles.article_id
where
    articles.article_id is null
    or rebuilt.smallest_gap < 0
    or not rebuilt.have_their_lengths
    or rebuilt.last_end > length(articles.body)
    or regexp_replace(articles.body, '\s', ' ', 'g')
    is distinct from rebuilt.spaced_text || repeat(' ', length(articles.body) - rebuilt.last_end)
