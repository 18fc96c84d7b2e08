-- Every mention of the article, from every way of finding one: gazetteer names and
-- surnames, names after a title (known people written another way, new people and
-- their later surname-only uses),
-- organisations discovered by their head word, and titles standing for a person.
-- A discovered organisation replaces the gazetteer names inside it ("Pakistan" in
-- "Pakistan Steel Mills"); it gives way to a gazetteer name as long or longer.
with

sentences as (

    select * from {{ ref('int_sentence_words_listed') }}
    where {{ only_new_documents() }}

),

gazetteer_mentions as (

    select
        article_id,
        sentence_index,
        char_start,
        char_end,
        entity_id,
        matched_as as found_by
    from {{ ref('int_mentions_resolved_to_entities') }}
    where {{ only_new_documents() }}

),

discovered_people as (

    select
        article_id,
        sentence_index,
        name_start as char_start,
        name_end as char_end,
        entity_id,
        'discovered_after_title' as found_by
    from {{ ref('int_titled_names_linked') }}
    where is_discovered and {{ only_new_documents() }}

),

-- a name after a title that is a gazetteer person written another way
-- ("Shavkat Miromonovich Mirziyoyev"): a variant of their name
people_known_by_name_words as (

    select
        article_id,
        sentence_index,
        name_start as char_start,
        name_end as char_end,
        entity_id,
        'variant' as found_by
    from {{ ref('int_titled_names_linked') }}
    where name_found_by = 'name_words' and {{ only_new_documents() }}

),

discovered_surnames as (

    select
        surnames.article_id,
        surnames.entity_id,
        list_last(string_split(surnames.entity_id, '-')) as surname_key
    from (select distinct
        article_id,
        entity_id
    from discovered_people) as surnames
    where surnames.entity_id like '%-%'

),

surname_uses as (

    select
        sentences.article_id,
        sentences.sentence_index,
        discovered_surnames.entity_id,
        sentences.word_starts,
        sentences.word_ends,
        sentences.word_keys,
        sentences.word_is_capitalized,
        unnest(
            list_filter(
                range(1, len(sentences.words) + 1),
                position -> sentences.word_keys[position] = discovered_surnames.surname_key
                and sentences.word_is_capitalized[position]
            )
        ) as position
    from sentences
    inner join discovered_surnames on sentences.article_id = discovered_surnames.article_id

),

surname_spans as (

    select
        article_id,
        sentence_index,
        word_starts[position] as char_start,
        word_ends[position] as char_end,
        entity_id,
        'surname_of_discovered' as found_by
    from surname_uses

),

taken_spans as (

    select
        article_id,
        char_start,
        char_end
    from discovered_people
    union all
    select
        article_id,
        char_start,
        char_end
    from gazetteer_mentions

),

discovered_surname_mentions as (

    select surname_spans.*
    from surname_spans
    anti join taken_spans as taken
        on
            surname_spans.article_id = taken.article_id
            and surname_spans.char_end > taken.char_start
            and surname_spans.char_start < taken.char_end

),

organizations as (

    select
        article_id,
        sentence_index,
        char_start,
        char_end,
        entity_id,
        'discovered_organization' as found_by
    from {{ ref('int_organizations_discovered') }}
    where {{ only_new_documents() }}

),

roles as (

    select
        article_id,
        sentence_index,
        char_start,
        char_end,
        entity_id,
        'role' as found_by
    from {{ ref('int_roles_resolved_to_people') }}
    where {{ only_new_documents() }}

),

organizations_kept as (

    select organizations.*
    from organizations
    anti join gazetteer_mentions
        on
            organizations.article_id = gazetteer_mentions.article_id
            and organizations.char_end > gazetteer_mentions.char_start
            and organizations.char_start < gazetteer_mentions.char_end
            and gazetteer_mentions.char_end - gazetteer_mentions.char_start
            >= organizations.char_end - organizations.char_start

),

gazetteer_kept as (

    select gazetteer_mentions.*
    from gazetteer_mentions
    anti join organizations_kept
        on
            gazetteer_mentions.article_id = organizations_kept.article_id
            and gazetteer_mentions.char_start >= organizations_kept.char_start
            and gazetteer_mentions.char_end <= organizations_kept.char_end

),

combined as (

    select * from gazetteer_kept
    union all
    select * from organizations_kept
    union all
    select * from discovered_people
    union all
    select * from people_known_by_name_words
    union all
    select * from discovered_surname_mentions
    union all
    select * from roles

),

deduplicated as (

    select *
    from combined
    qualify row_number() over (partition by article_id, char_start, char_end, entity_id order by found_by) = 1

),

-- each article's load, for the incremental watermark (from the articles, a small
-- table, so the sentences are read once)
article_loads as (

    select
        article_id,
        loaded_at
    from {{ ref('int_articles_finalized') }}
    where {{ only_new_documents() }}

)

select
    deduplicated.*,
    article_loads.loaded_at
from deduplicated
left join article_loads on deduplicated.article_id = article_loads.article_id
