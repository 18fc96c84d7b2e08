-- A title standing for a person ("the prime minister", "the Russian Foreign Minister",
-- "his Russian counterpart", "the ambassador") linked to who it means: the person the
-- article introduced earlier (20 to 40 sentences back at most) with that office (and
-- country, when the title names one);
-- for "counterpart", the person of that country named last before it; else the holder
-- of that office on the article's date (offices seed), in the country the title names
-- or, failing that, the country of the dateline.
with

titles as (

    select * from {{ ref('int_titles_located') }}
    where {{ only_new_documents() }}

),

titled_names as (

    select * from {{ ref('int_titled_names_linked') }}
    where {{ only_new_documents() }}

),

resolved_mentions as (

    select * from {{ ref('int_mentions_resolved_to_entities') }}
    where {{ only_new_documents() }}

),

entities as (

    select * from {{ ref('int_gazetteer_entities_merged') }}

),

offices as (

    select * from {{ ref('gazetteer_offices') }}

),

articles as (

    select
        article_id,
        published_date,
        dateline
    from {{ ref('int_articles_finalized') }}

),

dateline_countries as (

    select
        articles.article_id,
        min(entities.country_code) as country_code
    from articles
    inner join {{ ref('int_gazetteer_aliases_merged') }} as aliases
        on lower(articles.dateline) = lower(aliases.alias)
    inner join entities
        on aliases.entity_id = entities.entity_id and entities.entity_type = 'place'
    group by articles.article_id

),

standalone_titles as (

    select titles.*
    from titles
    anti join titled_names
        on
            titles.article_id = titled_names.article_id
            and titles.sentence_index = titled_names.sentence_index
            and titles.first_word = titled_names.title_first_word
    where
        titles.word_before in (
            'the', 'his', 'her', 'their', 'its', 'visiting', 'outgoing', 'incoming', 'caretaker', 'interim'
        )
        and (titles.office is not null or titles.title_key = 'counterpart')
        -- "the Prime Minister Office", "the President House" name a place, not a person
        and not coalesce(
            titles.word_is_capitalized[titles.last_word + 1]
            and titles.word_starts[titles.last_word + 1] - titles.word_ends[titles.last_word] = 1,
            false
        )

),

people_in_articles as (

    select
        resolved_mentions.article_id,
        resolved_mentions.sentence_index,
        resolved_mentions.char_start,
        resolved_mentions.entity_id,
        entities.country_code
    from resolved_mentions
    inner join entities
        on resolved_mentions.entity_id = entities.entity_id and entities.entity_type = 'person'
    union all
    select
        article_id,
        sentence_index,
        name_start as char_start,
        entity_id,
        country_code
    from titled_names
    where is_discovered

),

-- The offices each person holds in the article: given by a title before their name, or
-- held on the article's date per the offices seed.
person_offices as (

    select distinct
        article_id,
        entity_id,
        office
    from titled_names
    where office is not null
    union
    select distinct
        people_in_articles.article_id,
        people_in_articles.entity_id,
        offices.office
    from people_in_articles
    inner join articles on people_in_articles.article_id = articles.article_id
    inner join offices
        on
            people_in_articles.entity_id = offices.entity_id
            and {{ office_held_on('offices', 'articles.published_date') }}

),

-- An antecedent is looked for in the title's block of 20 sentences and the one before
-- (equality joins: a page of thousands of titles is not a join of every title with every
-- person named before it).
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
        people_in_articles.entity_id,
        people_in_articles.country_code,
        people_in_articles.sentence_index,
        people_in_articles.char_start
    from nearby_titles
    inner join people_in_articles
        on
            nearby_titles.article_id = people_in_articles.article_id
            and nearby_titles.nearby_block = people_in_articles.sentence_index // 20
            and (
                nearby_titles.sentence_index > people_in_articles.sentence_index
                or (
                    nearby_titles.sentence_index = people_in_articles.sentence_index
                    and nearby_titles.title_start > people_in_articles.char_start
                )
            )

),

-- The title the article gave each person last before a standalone title: after "Prime
-- Minister Omar Baig met Crown Prince and Prime Minister Faisal Noor. Baig praised Crown
-- Prince Faisal Noor.", "the Prime Minister" is Baig, whom it last called so.
last_titles as (

    select
        standalone_titles.article_id,
        standalone_titles.sentence_index,
        standalone_titles.first_word,
        titled_names.entity_id,
        -- "Chief of Army Staff General Raheel Sharif": the title nearest the name is the last
        arg_max(
            titled_names.office, [titled_names.sentence_index, titled_names.name_start, titled_names.title_first_word]
        ) as last_office
    from standalone_titles
    inner join titled_names
        on
            standalone_titles.article_id = titled_names.article_id
            and (
                standalone_titles.sentence_index > titled_names.sentence_index
                or (
                    standalone_titles.sentence_index = titled_names.sentence_index
                    and standalone_titles.title_start > titled_names.name_start
                )
            )
    group by
        standalone_titles.article_id,
        standalone_titles.sentence_index,
        standalone_titles.first_word,
        titled_names.entity_id

),

-- "the foreign minister": the person holding that office who was named last before it,
-- preferring one whom the article last called by that title.
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
        ) as entity_id
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

),

-- "his Russian counterpart": "his" is the person named last before it (in that sentence
-- or the one before); the counterpart is the person of the named country, named last
-- before, who holds an office the possessor holds (else simply of that country).
possessors as (

    select
        article_id,
        title_sentence_index as sentence_index,
        first_word,
        arg_max(entity_id, [sentence_index, char_start]) as entity_id
    from earlier_people
    where
        title_key = 'counterpart'
        and sentence_index >= title_sentence_index - 1
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
        ) as entity_id
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
    where
        earlier_people.title_key = 'counterpart'
        and earlier_people.country_code = earlier_people.qualifier_country_code
    group by earlier_people.article_id, earlier_people.title_sentence_index, earlier_people.first_word

),

antecedents as (

    select * from office_antecedents
    union all
    select * from counterpart_antecedents

),

office_holders as (

    select
        standalone_titles.article_id,
        standalone_titles.sentence_index,
        standalone_titles.first_word,
        min(offices.entity_id) as entity_id,
        count(distinct offices.entity_id) as holders
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

),

resolved as (

    select
        standalone_titles.article_id,
        standalone_titles.sentence_index,
        standalone_titles.phrase_start as char_start,
        standalone_titles.title_end as char_end,
        standalone_titles.title_key,
        standalone_titles.office,
        coalesce(
            antecedents.entity_id,
            case when office_holders.holders = 1 then office_holders.entity_id end
        ) as entity_id
    from standalone_titles
    left join antecedents
        on
            standalone_titles.article_id = antecedents.article_id
            and standalone_titles.sentence_index = antecedents.sentence_index
            and standalone_titles.first_word = antecedents.first_word
    left join office_holders
        on
            standalone_titles.article_id = office_holders.article_id
            and standalone_titles.sentence_index = office_holders.sentence_index
            and standalone_titles.first_word = office_holders.first_word

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from titles

)

select
    resolved.*,
    article_loads.loaded_at
from resolved
left join article_loads on resolved.article_id = article_loads.article_id
where resolved.entity_id is not null
