-- Nothing outside the article body (teasers, related stories, menus) becomes a meeting:
-- each source's evidence is a sentence of that article's body, the one its
-- sentence_index names. Returns the sources that break it.
select
    sources.meeting_id,
    sources.article_id,
    sources.sentence_index,
    sources.evidence
from {{ ref('meeting_sources') }} as sources
inner join {{ ref('articles') }} as articles on sources.article_id = articles.article_id
left join {{ ref('int_article_sentences_split') }} as sentences
    on
        sources.article_id = sentences.article_id
        and sources.sentence_index = sentences.sentence_index
where
    strpos(articles.body, sources.evidence) = 0
    or sentences.sentence_text is distinct from sources.evidence
