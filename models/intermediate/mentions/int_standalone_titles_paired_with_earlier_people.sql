-- Each title standing for a person paired with every person the article named before it
-- in the title's block of 20 sentences or the block before (so 20 to 40 sentences back at
-- most): the candidates it may refer back to. Equality joins on the block: a page of
-- thousands of titles is not a join of every title with every person named before it.
with

standalone_titles as (

    select * from {{ ref('int_standalone_titles_selected') }}
    where {{ only_new_documents() }}

),

people as (

    select * from {{ ref('int_article_people_located') }}
    where {{ only_new_documents() }}

),

nearby_titles as (

    select
        *,
        unnest([sentence_index // 20, sentence_index // 20 - 1]) as nearby_block
    from standalone_titles

),

earlier_people as (

    select
        nearby_titles.article_id,
        nearby_titles.sentence_index as title_sentence_index,
        nearby_titles.first_word,
        nearby_titles.title_key,
        nearby_titles.office as title_office,
        nearby_titles.qualifier_country_code,
        people.entity_id,
        people.country_code,
        people.sentence_index,
        people.char_start,
        nearby_titles.loaded_at
    from nearby_titles
    inner join people
        on
            nearby_titles.article_id = people.article_id
            and nearby_titles.nearby_block = people.sentence_index // 20
            and (
                nearby_titles.sentence_index > people.sentence_index
                or (
                    nearby_titles.sentence_index = people.sentence_index
                    and nearby_titles.title_start > people.char_start
                )
            )

)

select * from earlier_people
