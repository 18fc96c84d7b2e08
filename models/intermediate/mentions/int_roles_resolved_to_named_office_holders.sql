-- "the foreign minister", "the Russian foreign minister": the person holding that office
-- (by a title before their name or on the article's date) and of the title's country, if
-- it names one, whom the article named last before it, preferring one whom the article
-- last called by that title. Not for "counterpart" (int_roles_resolved_to_counterparts).
with

standalone_titles as (

    select * from {{ ref('int_standalone_titles_selected') }}
    where {{ only_new_documents() }}

),

earlier_people as not materialized (

    select * from {{ ref('int_standalone_titles_paired_with_earlier_people') }}
    where {{ only_new_documents() }}

),

person_offices as (

    select * from {{ ref('int_article_people_offices_found') }}
    where {{ only_new_documents() }}

),

titled_names as (

    select * from {{ ref('int_titled_names_linked') }}
    where {{ only_new_documents() }}

),

-- The title the article gave each person last before a standalone title: after "Prime
-- Minister Omar Baig met Crown Prince and Prime Minister Faisal Noor. Baig praised Crown
-- Prince Faisal Noor.", "the Prime Minister" is Baig, whom it last called so. One row per
-- titled name ("Chief of Army Staff General Raheel Sharif": the title nearest the name),
-- then for each candidate the latest such name before the title (an ASOF join, so a long
-- page costs its length, not its length squared; offsets are into the body, so the
-- latest start is the latest sentence too).
name_titles as (

    select
        article_id,
        entity_id,
        name_start,
        arg_max(office, title_first_word) as office
    from titled_names
    where office is not null
    group by article_id, entity_id, name_start

),

candidates as (

    select distinct
        earlier_people.article_id,
        earlier_people.title_sentence_index,
        earlier_people.first_word,
        earlier_people.entity_id,
        standalone_titles.title_start
    from earlier_people
    inner join standalone_titles
        on
            earlier_people.article_id = standalone_titles.article_id
            and earlier_people.title_sentence_index = standalone_titles.sentence_index
            and earlier_people.first_word = standalone_titles.first_word

),

last_titles as (

    select
        candidates.article_id,
        candidates.title_sentence_index as sentence_index,
        candidates.first_word,
        candidates.entity_id,
        name_titles.office as last_office
    from candidates
    asof inner join name_titles
        on
            candidates.article_id = name_titles.article_id
            and candidates.entity_id = name_titles.entity_id
            and candidates.title_start > name_titles.name_start

),

office_antecedents as (

    select
        earlier_people.article_id,
        earlier_people.title_sentence_index as sentence_index,
        earlier_people.first_word,
        arg_max(
            earlier_people.entity_id,
            [
                coalesce(last_titles.last_office = earlier_people.title_office, false)::integer,
                earlier_people.sentence_index,
                earlier_people.char_start
            ]
        ) as entity_id,
        any_value(earlier_people.loaded_at) as loaded_at
    from earlier_people
    inner join person_offices
        on
            earlier_people.article_id = person_offices.article_id
            and earlier_people.entity_id = person_offices.entity_id
            and earlier_people.title_office = person_offices.office
    left join last_titles
        on
            earlier_people.article_id = last_titles.article_id
            and earlier_people.title_sentence_index = last_titles.sentence_index
            and earlier_people.first_word = last_titles.first_word
            and earlier_people.entity_id = last_titles.entity_id
    where
        earlier_people.title_key <> 'counterpart'
        and (
            earlier_people.qualifier_country_code is null
            or earlier_people.country_code = earlier_people.qualifier_country_code
        )
    group by earlier_people.article_id, earlier_people.title_sentence_index, earlier_people.first_word

)

select * from office_antecedents
