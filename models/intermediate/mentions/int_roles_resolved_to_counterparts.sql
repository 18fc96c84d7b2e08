-- "his Russian counterpart": "his" is the person named last before it (in that sentence
-- or the one before) who is not of the named country; the counterpart is the person of
-- the named country named last before it, preferring one who holds an office the
-- possessor holds (a foreign minister's counterpart is a foreign minister). When the
-- article named no one of that country before, the counterpart is whoever held the
-- possessor's office in that country on the article's date (offices seed): "Lavrov was
-- welcomed by his South African counterpart" is South Africa's foreign minister. The
-- possessor may be named by a title too: "The Indian foreign minister met his Russian
-- counterpart" (the title resolved to who held that office that day), and then the title
-- is the possessor's office.
with

earlier_people as not materialized (

    select * from {{ ref('int_standalone_titles_paired_with_earlier_people') }}
    where {{ only_new_documents() }} and title_key = 'counterpart'

),

person_offices as not materialized (

    select * from {{ ref('int_article_people_offices_found') }}
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

standalone_titles as not materialized (

    select * from {{ ref('int_standalone_titles_selected') }}
    where {{ only_new_documents() }}

),

-- the people titles before each counterpart stand for, in its sentence or the one before,
-- with the office the title names
titled_people_before as (

    select
        counterparts.article_id,
        counterparts.sentence_index as title_sentence_index,
        counterparts.first_word,
        counterparts.qualifier_country_code,
        holders.entity_id,
        titles.office,
        titles.sentence_index,
        titles.title_start as char_start,
        counterparts.loaded_at
    from standalone_titles as counterparts
    inner join standalone_titles as titles
        on
            counterparts.article_id = titles.article_id
            and titles.sentence_index between counterparts.sentence_index - 1 and counterparts.sentence_index
            and (counterparts.sentence_index > titles.sentence_index or counterparts.title_start > titles.title_start)
    inner join {{ ref('int_roles_resolved_to_office_holders_of_the_day') }} as holders
        on
            titles.article_id = holders.article_id
            and titles.sentence_index = holders.sentence_index
            and titles.first_word = holders.first_word
    inner join {{ ref('gazetteer_entities') }} as entities on holders.entity_id = entities.entity_id
    where
        counterparts.title_key = 'counterpart'
        and titles.office is not null
        and entities.country_code is distinct from counterparts.qualifier_country_code

),

-- the possessor: the person named (or titled) last before the counterpart, not of its
-- country; a titled possessor brings the title's office
possessors as (

    select
        article_id,
        title_sentence_index as sentence_index,
        first_word,
        arg_max({ 'entity_id': entity_id, 'office': office }, [sentence_index, char_start]) as possessor,
        any_value(qualifier_country_code) as qualifier_country_code,
        any_value(loaded_at) as loaded_at
    from (
        select
            article_id,
            title_sentence_index,
            first_word,
            entity_id,
            null::varchar as office,
            sentence_index,
            char_start,
            qualifier_country_code,
            loaded_at
        from earlier_people
        where
            sentence_index >= title_sentence_index - 1
            and country_code is distinct from qualifier_country_code
        union all
        select
            article_id,
            title_sentence_index,
            first_word,
            entity_id,
            office,
            sentence_index,
            char_start,
            qualifier_country_code,
            loaded_at
        from titled_people_before
    ) as candidates
    group by article_id, title_sentence_index, first_word

),

-- each possessor's offices: the title's, or those the article's people hold
possessor_offices as (

    select
        possessors.article_id,
        possessors.sentence_index,
        possessors.first_word,
        possessors.possessor.entity_id,
        coalesce(possessors.possessor.office, person_offices.office) as office
    from possessors
    left join person_offices
        on
            possessors.article_id = person_offices.article_id
            and possessors.possessor.entity_id = person_offices.entity_id
            and possessors.possessor.office is null
    where coalesce(possessors.possessor.office, person_offices.office) is not null

),

counterpart_antecedents as (

    select
        earlier_people.article_id,
        earlier_people.title_sentence_index as sentence_index,
        earlier_people.first_word,
        arg_max(
            earlier_people.entity_id,
            [
                (possessor_offices.office is not null)::integer,
                earlier_people.sentence_index,
                earlier_people.char_start
            ]
        ) as entity_id,
        any_value(earlier_people.loaded_at) as loaded_at
    from earlier_people
    left join person_offices as candidate_offices
        on
            earlier_people.article_id = candidate_offices.article_id
            and earlier_people.entity_id = candidate_offices.entity_id
    left join possessor_offices
        on
            earlier_people.article_id = possessor_offices.article_id
            and earlier_people.title_sentence_index = possessor_offices.sentence_index
            and earlier_people.first_word = possessor_offices.first_word
            and candidate_offices.office = possessor_offices.office
    where earlier_people.country_code = earlier_people.qualifier_country_code
    group by earlier_people.article_id, earlier_people.title_sentence_index, earlier_people.first_word

),

holders_of_the_possessors_office as (

    select
        possessors.article_id,
        possessors.sentence_index,
        possessors.first_word,
        min(offices.entity_id) as entity_id,
        any_value(possessors.loaded_at) as loaded_at
    from possessors
    inner join possessor_offices
        on
            possessors.article_id = possessor_offices.article_id
            and possessors.sentence_index = possessor_offices.sentence_index
            and possessors.first_word = possessor_offices.first_word
    inner join articles on possessors.article_id = articles.article_id
    inner join offices
        on
            possessor_offices.office = offices.office
            and possessors.qualifier_country_code = offices.country_code
            and {{ office_held_on('offices', 'articles.published_date') }}
    group by possessors.article_id, possessors.sentence_index, possessors.first_word
    having count(distinct offices.entity_id) = 1

),

holders_kept as (

    select holders_of_the_possessors_office.*
    from holders_of_the_possessors_office
    anti join counterpart_antecedents
        on
            holders_of_the_possessors_office.article_id = counterpart_antecedents.article_id
            and holders_of_the_possessors_office.sentence_index = counterpart_antecedents.sentence_index
            and holders_of_the_possessors_office.first_word = counterpart_antecedents.first_word

)

select * from counterpart_antecedents
union all
select * from holders_kept
