-- The offices each person named in an article holds there: the office of a title the
-- article puts before their name ("Foreign Minister Sergey Lavrov"), and every office the
-- offices seed says they held on the article's date.
with

titled_names as (

    select * from {{ ref('int_titled_names_linked') }}
    where {{ only_new_documents() }}

),

people as (

    select * from {{ ref('int_article_people_located') }}
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

offices_by_title as (

    select
        article_id,
        entity_id,
        office,
        loaded_at
    from titled_names
    where office is not null

),

offices_held_on_the_day as (

    select
        people.article_id,
        people.entity_id,
        offices.office,
        people.loaded_at
    from people
    inner join articles on people.article_id = articles.article_id
    inner join offices
        on
            people.entity_id = offices.entity_id
            and {{ office_held_on('offices', 'articles.published_date') }}

),

person_offices as (

    select * from offices_by_title
    union
    select * from offices_held_on_the_day

)

select * from person_offices
