-- "the prime minister", "the Russian ambassador": the one person who held that office on
-- the article's date (offices seed), in the country the title names or, failing that,
-- the country of the dateline ("the ambassador" in an Islamabad story is the one posted
-- to Pakistan) or, failing that, one of the countries the article names. Titles that
-- fit no holder or several at the nearest rank are left out.
with

standalone_titles as not materialized (

    select * from {{ ref('int_standalone_titles_selected') }}
    where {{ only_new_documents() }}

),

articles as (

    select
        article_id,
        published_date,
        dateline
    from {{ ref('int_articles_finalized') }}
    where {{ only_new_documents() }}

),

offices as not materialized (

    select * from {{ ref('gazetteer_offices') }}

),

dateline_countries as (

    select
        articles.article_id,
        min(places.country_code) as country_code
    from articles
    inner join {{ ref('int_gazetteer_aliases_merged') }} as aliases
        on lower(articles.dateline) = lower(aliases.alias)
    inner join {{ ref('int_gazetteer_entities_merged') }} as places
        on aliases.entity_id = places.entity_id and places.entity_type = 'place'
    group by articles.article_id

),

-- the countries an unqualified title may belong to: the dateline's first, then every
-- country the article names ("Russia", "Iranian")
article_countries as (

    select
        article_id,
        country_code,
        1 as country_rank
    from dateline_countries
    union
    select
        mentions.article_id,
        countries.country_code,
        2 as country_rank
    from {{ ref('int_mentions_resolved_to_entities') }} as mentions
    inner join {{ ref('int_gazetteer_entities_merged') }} as countries
        on mentions.entity_id = countries.entity_id and countries.entity_type = 'country'
    where {{ only_new_documents('mentions.loaded_at') }}

),

-- "the Russian ambassador": an ambassador of Russia
holders_in_named_country as (

    select
        standalone_titles.article_id,
        standalone_titles.sentence_index,
        standalone_titles.first_word,
        offices.entity_id,
        0 as country_rank,
        standalone_titles.loaded_at
    from standalone_titles
    inner join articles on standalone_titles.article_id = articles.article_id
    inner join offices
        on
            standalone_titles.office = offices.office
            and standalone_titles.qualifier_country_code = offices.country_code
            and {{ office_held_on('offices', 'articles.published_date') }}

),

-- "the ambassador" in an Islamabad story: the ambassador posted to Pakistan; "the
-- prime minister": the dateline country's, else that of a country the article names
holders_in_article_countries as (

    select
        standalone_titles.article_id,
        standalone_titles.sentence_index,
        standalone_titles.first_word,
        offices.entity_id,
        article_countries.country_rank,
        standalone_titles.loaded_at
    from standalone_titles
    inner join articles on standalone_titles.article_id = articles.article_id
    inner join article_countries on standalone_titles.article_id = article_countries.article_id
    inner join offices
        on
            standalone_titles.office = offices.office
            and coalesce(offices.posted_to_country_code, offices.country_code) = article_countries.country_code
            and {{ office_held_on('offices', 'articles.published_date') }}
    where standalone_titles.qualifier_country_code is null

),

office_holders as (

    select * from holders_in_named_country
    union all
    select * from holders_in_article_countries

),

-- the holders from the nearest countries: one of them, or none when several
nearest_holders as (

    select *
    from office_holders
    qualify country_rank = min(country_rank) over (partition by article_id, sentence_index, first_word)

)

select
    article_id,
    sentence_index,
    first_word,
    min(entity_id) as entity_id,
    any_value(loaded_at) as loaded_at
from nearest_holders
group by article_id, sentence_index, first_word
having count(distinct entity_id) = 1
