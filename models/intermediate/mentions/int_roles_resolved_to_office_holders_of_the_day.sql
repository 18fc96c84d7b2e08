-- "the prime minister", "the Russian ambassador": the one person who held that office on
-- the article's date (offices seed), in the country the title names or, failing that,
-- the country of the dateline ("the ambassador" in an Islamabad story is the one posted
-- to Pakistan). Titles that fit no holder or several are left out.
with

standalone_titles as (

    select * from {{ ref('int_standalone_titles_selected') }}
    where {{ only_new_documents() }}

),

articles as (

    select
        article_id,
        published_date,
        dateline
    from {{ ref('int_articles_finalized') }}

),

offices as (

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

office_holders as (

    select
        standalone_titles.article_id,
        standalone_titles.sentence_index,
        standalone_titles.first_word,
        min(offices.entity_id) as entity_id,
        count(distinct offices.entity_id) as holders,
        any_value(standalone_titles.loaded_at) as loaded_at
    from standalone_titles
    inner join articles on standalone_titles.article_id = articles.article_id
    left join dateline_countries on standalone_titles.article_id = dateline_countries.article_id
    inner join offices
        on
            standalone_titles.office = offices.office
            -- "the Russian ambassador": an ambassador of Russia; "the ambassador" in an
            -- Islamabad story: the ambassador posted to Pakistan; "the prime minister":
            -- the dateline country's
            and (
                standalone_titles.qualifier_country_code = offices.country_code
                or (
                    standalone_titles.qualifier_country_code is null
                    and coalesce(offices.posted_to_country_code, offices.country_code) = dateline_countries.country_code
                )
            )
            and {{ office_held_on('offices', 'articles.published_date') }}
    group by standalone_titles.article_id, standalone_titles.sentence_index, standalone_titles.first_word

)

select
    article_id,
    sentence_index,
    first_word,
    entity_id,
    loaded_at
from office_holders
where holders = 1
