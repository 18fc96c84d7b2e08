-- One row per (matching key, entity): every way the gazetteer lets an entity be named.
-- Names and aliases (hand-written and generated, int_gazetteer_aliases_merged), demonyms
-- of countries ("Russian" -> Russia), and surnames derived from people's names ("Lavrov")
-- or listed where the family name comes first ("Wang" of Wang Yi), with how many entities
-- share the key so that ambiguous ones are resolved in the article ("Sharif", "Khan"), and
-- whether a surname is also a given name or a common word ("Henry", "Young").
-- across articles: rebuilt whole on every run
{{ config(materialized='table') }}
-- depends_on: {{ ref('name_particles') }}
{%- set patronymic_particles -%}
    select lower(word) from {{ seed_relation('name_particles') }} where is_patronymic
{%- endset %}
{%- set other_particles -%}
    select lower(word) from {{ seed_relation('name_particles') }} where not is_patronymic
{%- endset %}
with

aliases as (

    select
        entity_id,
        alias,
        alias_kind
    from {{ ref('int_gazetteer_aliases_merged') }}

),

entities as not materialized (

    select * from {{ ref('int_gazetteer_entities_merged') }}

),

demonyms as (

    select
        countries.entity_id,
        country_demonyms.demonym as alias,
        'demonym' as alias_kind
    from {{ ref('gazetteer_country_demonyms') }} as country_demonyms
    inner join {{ ref('int_gazetteer_countries_merged') }} as countries
        on country_demonyms.country_code = countries.country_code

),

-- "Tamim bin Hamad" of "Tamim bin Hamad Al Thani": a name with a patronymic ends in the
-- family name after an article ("Al Thani"), which news often leaves out
names_without_family as (

    select
        aliases.entity_id,
        regexp_replace(aliases.alias, '[\s-]+[^\s-]+[\s-]+[^\s-]+$', '') as alias,
        'variant' as alias_kind
    from aliases
    inner join entities on aliases.entity_id = entities.entity_id
    where
        entities.entity_type = 'person'
        and aliases.alias_kind in ('name', 'variant')
        and len(string_split({{ name_key('aliases.alias') }}, ' ')) >= 5
        and {{ is_seed_word("string_split(" ~ name_key('aliases.alias') ~ ", ' ')[-2]", other_particles) }}
        and {{ has_seed_word("string_split(" ~ name_key('aliases.alias') ~ ", ' ')[2:-3]", patronymic_particles) }}

),

written_aliases as (

    select
        entity_id,
        alias,
        alias_kind
    from aliases
    where alias_kind <> 'family_name'
    union all
    select
        entity_id,
        alias,
        alias_kind
    from names_without_family
    union all
    select
        entity_id,
        alias,
        alias_kind
    from demonyms

),

keyed as (

    select
        written_aliases.entity_id,
        written_aliases.alias,
        written_aliases.alias_kind,
        {{ name_key('written_aliases.alias') }} as alias_key,
        -- Short all-capital aliases ("US", "PM", "SCO") only match when written the same way.
        written_aliases.alias_kind = 'abbreviation'
        or (length(written_aliases.alias) <= 4 and upper(written_aliases.alias) = written_aliases.alias)
            as is_case_sensitive,
        array_to_string(regexp_extract_all(written_aliases.alias, '[\pL\pN]+'), ' ') as alias_words
    from written_aliases

),

-- "Wang" of Wang Yi, "Yoon" of Yoon Suk Yeol: a family name written first is listed, and
-- matched only capitalised as listed ("Xi", not the numeral "XI")
family_names as (

    select
        entity_id,
        alias,
        {{ name_key('alias') }} as alias_key
    from aliases
    where alias_kind = 'family_name'

),

-- else the last word of a person's name, and the last two of a longer name
-- ("Amir-Abdollahian" of "Hossein Amir-Abdollahian"); the last word is no surname when it
-- follows a patronymic particle: it is the father's name ("Hamad" of "Tamim bin Hamad")
surname_keys as (

    select distinct
        keyed.entity_id,
        unnest([
            case
                when not {{ is_seed_word("string_split(keyed.alias_key, ' ')[-2]", patronymic_particles) }}
                    then list_last(string_split(keyed.alias_key, ' '))
            end,
            case
                when len(string_split(keyed.alias_key, ' ')) >= 3
                    then array_to_string(string_split(keyed.alias_key, ' ')[-2:], ' ')
            end
        ]) as alias_key
    from keyed
    inner join entities on keyed.entity_id = entities.entity_id
    anti join family_names on keyed.entity_id = family_names.entity_id
    where
        entities.entity_type = 'person'
        and keyed.alias_kind in ('name', 'variant')
        and keyed.alias_key like '% %'

),

surnames as (

    select distinct
        entity_id,
        alias_key as alias,
        'surname' as alias_kind,
        alias_key,
        false as is_case_sensitive,
        alias_key as alias_words
    from surname_keys
    where alias_key is not null and length(alias_key) >= 3
    union all
    select distinct
        entity_id,
        alias,
        'surname' as alias_kind,
        alias_key,
        true as is_case_sensitive,
        alias as alias_words
    from family_names

),

all_keys as (

    select * from keyed
    where alias_key <> ''
    union all
    -- a surname never shadows a real alias of another entity ("Jordan", "Malik"), nor is
    -- it a word that cannot be a name ("May", "Said")
    select surnames.* from surnames
    anti join keyed on surnames.alias_key = keyed.alias_key
    anti join {{ ref('non_name_words') }} as non_name_words on surnames.alias_key = lower(non_name_words.word)

),

deduplicated as (

    select
        alias_key,
        entity_id,
        arg_min(
            struct_pack(alias, alias_kind, is_case_sensitive, alias_words),
            case alias_kind when 'name' then 0 when 'variant' then 1 when 'abbreviation' then 2 else 3 end
        ) as best
    from all_keys
    group by alias_key, entity_id

),

-- Words a surname may be without naming its person: the given names of the gazetteer's
-- people (the first word of a name written given name first: "Henry", "Abbas") and the
-- words of the ambiguous_surnames seed ("Young", "King")
given_names_and_words as (

    select string_split(keyed.alias_key, ' ')[1] as word
    from keyed
    inner join entities on keyed.entity_id = entities.entity_id
    anti join family_names on keyed.entity_id = family_names.entity_id
    where
        entities.entity_type = 'person'
        and keyed.alias_kind in ('name', 'variant')
        and keyed.alias_key like '% %'
    union
    select lower(word) from {{ ref('ambiguous_surnames') }}

),

counted as (

    select
        deduplicated.alias_key,
        deduplicated.entity_id,
        deduplicated.best.alias,
        deduplicated.best.alias_kind,
        deduplicated.best.is_case_sensitive,
        deduplicated.best.alias_words,
        len(string_split(deduplicated.alias_key, ' ')) as alias_word_count,
        count(*) over (partition by deduplicated.alias_key) as entities_sharing_key,
        deduplicated.best.alias_kind = 'surname'
        and given_names_and_words.word is not null as is_ambiguous_surname
    from deduplicated
    left join given_names_and_words on deduplicated.alias_key = given_names_and_words.word

)

select * from counted
