-- "his Russian counterpart": "his" is the person named last before it (in that sentence
-- or the one before) who is not of the named country; the counterpart is the person of
-- the named country named last before it, preferring one who holds an office the
-- possessor holds (a foreign minister's counterpart is a foreign minister). When the
-- article named no one of that country before, the counterpart is whoever held the
-- possessor's office in that country on the article's date (offices seed): "Lavrov was
-- welcomed by his South African counterpart" is South Africa's foreign minister.
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

possessors as (

    select
        article_id,
        title_sentence_index as sentence_index,
        first_word,
        arg_max(entity_id, [sentence_index, char_start]) as entity_id,
        any_value(qualifier_country_code) as qualifier_country_code,
        any_value(loaded_at) as loaded_at
    from earlier_people
    where
        sentence_index >= title_sentence_index - 1
        and country_code is distinct from qualifier_country_code
    group by article_id, title_sentence_index, first_word

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
    left join possessors
        on
            earlier_people.article_id = possessors.article_id
            and earlier_people.title_sentence_index = possessors.sentence_index
            and earlier_people.first_word = possessors.first_word
    left join person_offices as candidate_offices
        on
            earlier_people.article_id = candidate_offices.article_id
            and earlier_people.entity_id = candidate_offices.entity_id
    left join person_offices as possessor_offices
        on
            possessors.article_id = possessor_offices.article_id
            and possessors.entity_id = possessor_offices.entity_id
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
    inner join person_offices as possessor_offices
        on
            possessors.article_id = possessor_offices.article_id
            and possessors.entity_id = possessor_offices.entity_id
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
