-- Nothing outside the article body (teasers, related stories, menus) becomes a meeting:
-- each source's evidence is a sentence of that article's body, the one its
-- sentence_index names. Returns the sources that break it. Checks the sources of the
-- articles this build wrote (macros/build_scope.sql): an older article's evidence is one
-- of its claims, which this build did not touch.
with

articles as (

    select * from {{ ref('articles') }}
    where {{ built_in_this_run('loaded_at') }}

),

sentences as (

    select * from {{ ref('int_article_sentences_split') }}
    where {{ built_in_this_run('loaded_at') }}

)

select
    sources.meeting_id,
    sources.article_id,
    sources.sentence_index,
    sources.evidence
from {{ ref('meeting_sources') }} as sources
inner join articles on sources.article_id = articles.article_id
left join sentences
    on
        sources.article_id = sentences.article_id
        and sources.sentence_index = sentences.sentence_index
where
    strpos(articles.body, sources.evidence) = 0
    or sentences.sentence_text is distinct from sources.evidence
