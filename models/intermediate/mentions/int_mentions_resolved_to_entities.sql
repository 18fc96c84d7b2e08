-- One entity per matched span. A key that names one entity is taken as it is. A
-- surname, or a key several entities share, goes to the candidate the article names
-- unambiguously elsewhere ("Lavrov" after "Sergei Lavrov"); else to the one candidate
-- holding an office on the article's date (offices seed); else to the only candidate,
-- unless the span is a surname that is also a given name or a common word ("Henry",
-- "Young": is_ambiguous_surname) with no title right before it ("Prime Minister Henry").
-- Spans still ambiguous after that are left out rather than guessed.
with

matched as not materialized (

    select * from {{ ref('int_mentions_matched_to_aliases') }}
    where {{ only_new_documents() }}

),

articles as (

    select
        article_id,
        published_date
    from {{ ref('int_articles_finalized') }}
    where {{ only_new_documents() }}

),

offices as (

    select * from {{ ref('gazetteer_offices') }}

),

titles as (

    select * from {{ ref('int_titles_located') }}
    where {{ only_new_documents() }}

),

-- spans right after a title ("Prime Minister Henry"): the title says a person is meant
after_titles as (

    select distinct
        matched.article_id,
        matched.sentence_index,
        matched.first_word
    from matched
    inner join titles
        on
            matched.article_id = titles.article_id
            and matched.sentence_index = titles.sentence_index
            and matched.first_word = titles.last_word + 1

),

named_in_article as (

    select distinct
        article_id,
        entity_id
    from matched
    where alias_kind <> 'surname' and entities_sharing_key = 1

),

-- most spans name one entity by a full name: they need no scoring
unambiguous as (

    select * from matched
    where alias_kind <> 'surname' and entities_sharing_key = 1

),

ambiguous as (

    select * from matched
    where alias_kind = 'surname' or entities_sharing_key > 1

),

scored as (

    select
        matched.*,
        named_in_article.entity_id is not null as is_named_in_article,
        after_titles.first_word is not null as follows_title,
        exists(
            select 1
            from offices
            where
                offices.entity_id = matched.entity_id
                and {{ office_held_on('offices', 'articles.published_date') }}
        ) as holds_office_on_article_date
    from ambiguous as matched
    inner join articles on matched.article_id = articles.article_id
    left join named_in_article
        on
            matched.article_id = named_in_article.article_id
            and matched.entity_id = named_in_article.entity_id
    left join after_titles
        on
            matched.article_id = after_titles.article_id
            and matched.sentence_index = after_titles.sentence_index
            and matched.first_word = after_titles.first_word

),

ranked as (

    select
        *,
        case
            when is_named_in_article then 1
            when holds_office_on_article_date then 2
            -- a surname that is also a given name or a word ("Henry", "Young") needs a title
            when entities_sharing_key = 1 and (not is_ambiguous_surname or follows_title) then 3
            else 9
        end as evidence_rank
    from scored

),

best as (

    select
        *,
        count(*) over (
            partition by article_id, sentence_index, first_word, evidence_rank
        ) as candidates_at_rank,
        min(evidence_rank) over (partition by article_id, sentence_index, first_word) as best_rank
    from ranked

),

chosen as (

    select * from unambiguous
    union all by name
    select * from best
    where evidence_rank = best_rank and evidence_rank < 9 and candidates_at_rank = 1

),

resolved as (

    select
        article_id,
        sentence_index,
        first_word,
        word_count,
        char_start,
        char_end,
        entity_id,
        alias_kind as matched_as,
        loaded_at
    from chosen

)

select * from resolved
