-- depends_on: {{ ref('gazetteer_office_titles') }}
-- depends_on: {{ ref('person_titles') }}
-- depends_on: {{ ref('organization_head_words') }}
-- depends_on: {{ ref('non_name_words') }}
-- depends_on: {{ ref('name_particles') }}
-- Titles followed by a name: "Russian Foreign Minister Sergei Lavrov" links the title
-- to a gazetteer person (whose match may begin before the name: "General Zafar Lodhi"
-- after "Army Chief"); "outgoing Russian Ambassador Danila Ganich" or "Consul General
-- Viktorovich", when the name is not in the gazetteer, discovers a person (is_curated
-- false) with the country of the title's qualifier. The name is the run of up to four
-- capitalised words right after the title (or after "Mr."), stopping at punctuation,
-- at words that cannot be names (non_name_words seed) and at another title; particles
-- between name words (name_particles seed) keep it going ("Sheikh Abdul Rahman bin Hamad
-- Al Thani", up to ten words). A run that
-- holds a gazetteer person's name words ("Shavkat Miromonovich Mirziyoyev") is that person.
{%- set particles -%}
    select lower(word) from {{ seed_relation('name_particles') }}
{%- endset %}
{%- set patronymic_particles -%}
    select lower(word) from {{ seed_relation('name_particles') }} where is_patronymic
{%- endset %}
{%- set non_name_words -%}
    select lower(word) from {{ seed_relation('non_name_words') }}
{%- endset %}
{#- "Prime Minister Mr. Kakar", "Prime Minister Mullah …": the name starts after the honorific -#}
{%- set honorifics -%}
    select title from {{ seed_relation('person_titles') }}
    where is_honorific and title not like '% %'
{%- endset %}
{#- a name stops at a title ("Minister Prime Minister …") or an organisation word ("General Assembly") -#}
{%- set title_or_head_words -%}
    select distinct unnest(string_split({{ name_key('title') }}, ' '))
    from {{ title_phrases() }} as titles
    where title not in ('mr', 'mrs', 'ms', 'dr')
    union
    select lower(word) from {{ seed_relation('organization_head_words') }}
{%- endset %}
with

titles as not materialized (

    select * from {{ ref('int_titles_located') }}
    where {{ only_new_documents() }}

),

sentence_words as not materialized (

    select * from {{ ref('int_sentence_words_listed') }}
    where {{ only_new_documents() }}

),

resolved_mentions as not materialized (

    select * from {{ ref('int_mentions_resolved_to_entities') }}
    where {{ only_new_documents() }}

),

entities as not materialized (

    select * from {{ ref('gazetteer_entities') }}

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

-- each title with its sentence's words and where the name after it would start
name_starts as (

    select
        titles.*,
        sentence_words.words,
        sentence_words.word_keys,
        sentence_words.word_starts,
        sentence_words.word_ends,
        sentence_words.word_is_capitalized,
        -- "Prime Minister Mr. Kakar": the honorific is skipped
        case
            when {{ is_seed_word('sentence_words.word_keys[titles.last_word + 1]', honorifics) }}
                then titles.last_word + 2
            else titles.last_word + 1
        end as name_first_word
    from titles
    inner join sentence_words
        on titles.article_id = sentence_words.article_id and titles.sentence_index = sentence_words.sentence_index

),

-- (the word lists stay behind: two steps read these rows, and the one that needs the words
-- joins them again)
usable as (

    select
        article_id,
        sentence_index,
        first_word,
        title_key,
        office,
        qualifier_country_code,
        phrase_start,
        name_first_word
    from name_starts
    where
        name_first_word <= len(words)
        and word_is_capitalized[name_first_word]
        and word_starts[name_first_word] - word_ends[name_first_word - 1] between 1 and 2

),

curated as (

    select
        usable.article_id,
        usable.sentence_index,
        usable.first_word as title_first_word,
        usable.title_key,
        usable.office,
        usable.qualifier_country_code,
        usable.phrase_start,
        resolved_mentions.first_word as name_first_word,
        resolved_mentions.first_word + resolved_mentions.word_count - 1 as name_last_word,
        resolved_mentions.char_start as name_start,
        resolved_mentions.char_end as name_end,
        resolved_mentions.entity_id,
        coalesce(entities.country_code, usable.qualifier_country_code) as country_code,
        false as is_discovered,
        'gazetteer_match' as name_found_by
    from usable
    inner join resolved_mentions
        on
            usable.article_id = resolved_mentions.article_id
            and usable.sentence_index = resolved_mentions.sentence_index
            and usable.name_first_word
            between resolved_mentions.first_word and resolved_mentions.first_word + resolved_mentions.word_count - 1
    inner join entities
        on resolved_mentions.entity_id = entities.entity_id and entities.entity_type = 'person'

),

uncurated as (

    select
        usable.*,
        sentence_words.words,
        sentence_words.word_keys,
        sentence_words.word_starts,
        sentence_words.word_ends,
        sentence_words.word_is_capitalized
    from usable
    inner join sentence_words
        on usable.article_id = sentence_words.article_id and usable.sentence_index = sentence_words.sentence_index
    anti join resolved_mentions
        on
            usable.article_id = resolved_mentions.article_id
            and usable.sentence_index = resolved_mentions.sentence_index
            and usable.name_first_word
            between resolved_mentions.first_word and resolved_mentions.first_word + resolved_mentions.word_count - 1

),

-- the words that can be part of the name: capitalised, not a non-name or title word, and
-- glued to the word before (a space or a hyphen)
name_words as (

    select
        *,
        list_transform(
            range(name_first_word, least(name_first_word + 10, len(words) + 1)),
            position -> word_is_capitalized[position]
            and not {{ is_seed_word('word_keys[position]', non_name_words) }}
            and not {{ is_seed_word('word_keys[position]', title_or_head_words) }}
            and (position = name_first_word or word_starts[position] - word_ends[position - 1] = 1)
        ) as is_capitalized_name_word
    from uncurated

),

-- a particle between two name words is part of the name ("bin" in "Abdul Rahman bin Hamad",
-- "von der" in "Ursula von der Leyen")
name_runs as (

    select
        *,
        list_transform(
            range(1, len(is_capitalized_name_word) + 1),
            word_number -> is_capitalized_name_word[word_number]
            or (
                word_number > 1
                and {{ is_seed_word('word_keys[name_first_word + word_number - 1]', particles) }}
                and word_starts[name_first_word + word_number - 1] - word_ends[name_first_word + word_number - 2] = 1
                and coalesce(
                    is_capitalized_name_word[word_number + 1]
                    or {{ is_seed_word('word_keys[name_first_word + word_number]', particles) }}
                    and is_capitalized_name_word[word_number + 2],
                    false
                )
            )
        ) as is_name_word
    from name_words

),

-- the run stops at the first word that is not a name word; without a particle in it, it
-- is at most four words long (a longer capitalised run is a headline, not a name)
name_lengths as (

    select
        *,
        coalesce(list_position(is_name_word, false) - 1, len(is_name_word)) as run_length
    from name_runs
    where is_name_word[1]

),

name_ends as (

    select
        *,
        name_first_word - 1
        + if(
            coalesce(list_position(is_capitalized_name_word, false), run_length + 1) <= run_length,
            run_length,
            least(run_length, 4)
        ) as name_last_word
    from name_lengths

),

discovered as (

    select
        article_id,
        sentence_index,
        first_word as title_first_word,
        title_key,
        office,
        qualifier_country_code,
        phrase_start,
        name_first_word,
        name_last_word,
        word_starts[name_first_word] as name_start,
        word_ends[name_last_word] as name_end,
        array_to_string(word_keys[name_first_word:name_last_word], '-') as entity_id,
        qualifier_country_code as country_code,
        true as is_discovered,
        'discovered' as name_found_by,
        word_keys[name_first_word:name_last_word] as name_keys
    from name_ends

),

-- A one-word name that is the first or last word of a gazetteer person's name ("Premier
-- Li", "President Xi") is that person's, not someone new; left to the gazetteer match.
gazetteer_name_words as (

    select distinct
        unnest([
            string_split({{ name_key('aliases.alias') }}, ' ')[1],
            list_last(string_split({{ name_key('aliases.alias') }}, ' '))
        ]) as name_word
    from {{ ref('gazetteer_entity_aliases') }} as aliases
    inner join entities on aliases.entity_id = entities.entity_id
    where entities.entity_type = 'person'

),

-- A run ending in a gazetteer person's full name is that person with a word before it
-- (an honorific: "Mullah Karim Tashkandi"), not someone new.
named_in_run as (

    select
        discovered.article_id,
        discovered.sentence_index,
        discovered.title_first_word,
        discovered.title_key,
        discovered.office,
        discovered.qualifier_country_code,
        discovered.phrase_start,
        resolved_mentions.first_word as name_first_word,
        discovered.name_last_word,
        resolved_mentions.char_start as name_start,
        resolved_mentions.char_end as name_end,
        resolved_mentions.entity_id,
        coalesce(entities.country_code, discovered.qualifier_country_code) as country_code,
        false as is_discovered,
        'gazetteer_match' as name_found_by
    from discovered
    inner join resolved_mentions
        on
            discovered.article_id = resolved_mentions.article_id
            and discovered.sentence_index = resolved_mentions.sentence_index
            and discovered.name_first_word < resolved_mentions.first_word
            and discovered.name_last_word = resolved_mentions.first_word + resolved_mentions.word_count - 1
            and resolved_mentions.word_count >= 2
    inner join entities
        on resolved_mentions.entity_id = entities.entity_id and entities.entity_type = 'person'

),

-- The words of each gazetteer person's names and variants ("shavkat", "mirziyoyev").
person_name_words as (

    select distinct
        aliases.entity_id,
        string_split({{ name_key('aliases.alias') }}, ' ') as alias_keys
    from {{ ref('gazetteer_entity_aliases') }} as aliases
    inner join entities on aliases.entity_id = entities.entity_id
    where entities.entity_type = 'person' and aliases.alias_kind in ('name', 'variant') and aliases.alias like '% %'

),

-- A run ending in a person's family name with their given name earlier in it, other
-- words around it (a patronymic, a second given name, an honorific: "Shavkat
-- Miromonovich Mirziyoyev", "Syed Asim Munir") is that person. A given name after "bin"
-- is a father's ("Abdul Rahman bin Hamad … Al Thani" is not Hamad bin Khalifa Al Thani).
named_by_given_and_family_name as (

    select
        article_id,
        sentence_index,
        name_first_word,
        entity_id
    from (
        select
            discovered.article_id,
            discovered.sentence_index,
            discovered.name_first_word,
            discovered.name_keys,
            person_name_words.entity_id,
            list_position(discovered.name_keys, person_name_words.alias_keys[1]) as given_name_position
        from discovered
        inner join person_name_words
            on list_last(discovered.name_keys) = list_last(person_name_words.alias_keys)
    ) as candidates
    where
        given_name_position < len(name_keys)
        and not coalesce({{ is_seed_word('name_keys[given_name_position - 1]', patronymic_particles) }}, false)

),

-- A run after an office title, sharing two name words with the person who held that
-- office in the title's country on the article's date, is that person written another
-- way ("Prime Minister Mohammad Hassan Akhundzada" for the holder Mohammad Hasan Akhund,
-- also listed as "Mohammad Hassan Akhund").
named_by_office_holder as (

    select
        discovered.article_id,
        discovered.sentence_index,
        discovered.name_first_word,
        person_name_words.entity_id
    from discovered
    inner join articles on discovered.article_id = articles.article_id
    inner join offices
        on
            discovered.office = offices.office
            and discovered.qualifier_country_code = offices.country_code
            and {{ office_held_on('offices', 'articles.published_date') }}
    inner join person_name_words on offices.entity_id = person_name_words.entity_id
    where len(list_intersect(discovered.name_keys, person_name_words.alias_keys)) >= 2

),

known_people_named as (

    select * from named_by_given_and_family_name
    union
    select * from named_by_office_holder

),

-- runs that fit one person only, after every title they follow ("Prime Minister Mullah
-- …" and "Mullah …")
known_people_unique as (

    select
        article_id,
        sentence_index,
        name_first_word,
        min(entity_id) as entity_id
    from known_people_named
    group by article_id, sentence_index, name_first_word
    having count(distinct entity_id) = 1

),

named_by_name_words as (

    select
        discovered.article_id,
        discovered.sentence_index,
        discovered.title_first_word,
        discovered.title_key,
        discovered.office,
        discovered.qualifier_country_code,
        discovered.phrase_start,
        discovered.name_first_word,
        discovered.name_last_word,
        discovered.name_start,
        discovered.name_end,
        known.entity_id,
        coalesce(entities.country_code, discovered.qualifier_country_code) as country_code,
        false as is_discovered,
        'name_words' as name_found_by
    from discovered
    inner join known_people_unique as known
        on
            discovered.article_id = known.article_id
            and discovered.sentence_index = known.sentence_index
            and discovered.name_first_word = known.name_first_word
    inner join entities on known.entity_id = entities.entity_id
    anti join named_in_run
        on
            discovered.article_id = named_in_run.article_id
            and discovered.sentence_index = named_in_run.sentence_index
            and discovered.title_first_word = named_in_run.title_first_word

),

discovered_kept as (

    select discovered.* exclude (discovered.name_keys)
    from discovered
    anti join gazetteer_name_words on discovered.entity_id = gazetteer_name_words.name_word
    anti join named_in_run
        on
            discovered.article_id = named_in_run.article_id
            and discovered.sentence_index = named_in_run.sentence_index
            and discovered.title_first_word = named_in_run.title_first_word
    anti join named_by_name_words
        on
            discovered.article_id = named_by_name_words.article_id
            and discovered.sentence_index = named_by_name_words.sentence_index
            and discovered.title_first_word = named_by_name_words.title_first_word

),

linked as (

    select * from curated
    union all
    select * from named_in_run
    union all
    select * from named_by_name_words
    union all
    select * from discovered_kept

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from titles

)

select
    linked.*,
    article_loads.loaded_at
from linked
left join article_loads on linked.article_id = article_loads.article_id
