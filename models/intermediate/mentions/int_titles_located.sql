-- depends_on: {{ ref('gazetteer_office_titles') }}
-- depends_on: {{ ref('person_titles') }}
-- Every title in a sentence ("Prime Minister", "the Russian foreign minister", "his
-- counterpart", "Consul General"), from the office_titles and person_titles seeds,
-- the longest title at each place. With it: the country it is qualified by (a demonym
-- or country name just before it: "Russian", "Pakistan's"; or a country after "of":
-- "President of Uzbekistan", then part of the title phrase), the determiner before it
-- ("the", "his"), and whether a capitalised word follows it (a name may).
{%- set title_first_words -%}
    select distinct string_split({{ name_key('title') }}, ' ')[1]
    from {{ title_phrases() }} as titles
{%- endset %}
with

sentences as not materialized (

    select * from {{ ref('int_sentence_words_listed') }}
    where {{ only_new_documents() }}

),

titles as (

    select
        {{ name_key('title') }} as title_key,
        min(office) as office
    from (
        select
            title,
            office
        from {{ ref('gazetteer_office_titles') }}
        union all
        select
            title,
            office
        from {{ ref('person_titles') }}
    )
    group by 1

),

demonyms as (

    select
        lower(demonym) as qualifier_key,
        country_code
    from {{ ref('gazetteer_country_demonyms') }}
    union all
    select
        {{ name_key('aliases.alias') }} as qualifier_key,
        countries.country_code
    from {{ ref('int_gazetteer_aliases_merged') }} as aliases
    inner join {{ ref('int_gazetteer_countries_merged') }} as countries on aliases.entity_id = countries.entity_id

),

-- Titles are found on light rows (keys and positions); the sentence's word lists are
-- joined back once the longest title at each place is known.
title_starts as (

    select
        article_id,
        sentence_index,
        word_keys,
        unnest(
            list_filter(
                range(1, len(word_keys) + 1),
                position -> {{ is_seed_word('word_keys[position]', title_first_words) }}
            )
        ) as first_word
    from sentences
    -- only sentences with a title's first word can hold a title
    where {{ has_seed_word('word_keys', title_first_words) }}

),

span_lengths as (

    select unnest(range(1, 5)) as word_count

),

title_spans as (

    select
        title_starts.article_id,
        title_starts.sentence_index,
        title_starts.first_word,
        span_length.word_count,
        array_to_string(
            title_starts.word_keys[title_starts.first_word:title_starts.first_word + span_length.word_count - 1], ' '
        ) as span_key
    from title_starts
    inner join span_lengths as span_length
        on title_starts.first_word + span_length.word_count - 1 <= len(title_starts.word_keys)

),

matched as (

    select
        title_spans.*,
        titles.office,
        title_spans.first_word + title_spans.word_count - 1 as last_word
    from title_spans
    inner join titles on title_spans.span_key = titles.title_key

),

longest_places as (

    select *
    from matched
    qualify row_number() over (
        partition by article_id, sentence_index, last_word order by word_count desc
    ) = 1
    and row_number() over (
        partition by article_id, sentence_index, first_word order by word_count desc
    ) = 1

),

-- the keys and offsets around each title, taken from the word lists on light rows
longest as (

    select
        longest_places.*,
        sentences.word_keys[longest_places.first_word - 2] as key_two_before,
        sentences.word_keys[longest_places.first_word - 1] as key_before,
        sentences.word_keys[longest_places.first_word - 3] as key_three_before,
        sentences.word_keys[longest_places.last_word + 1] as key_after,
        sentences.word_keys[longest_places.last_word + 2] as key_two_after,
        sentences.word_is_capitalized[longest_places.last_word + 2] as is_capitalized_two_after,
        sentences.word_starts[longest_places.first_word] as first_word_start,
        sentences.word_starts[longest_places.first_word - 1] as word_before_start,
        sentences.word_starts[longest_places.first_word - 2] as two_before_start,
        sentences.word_ends[longest_places.last_word] as last_word_end,
        sentences.word_ends[longest_places.last_word + 2] as two_after_end,
        -- a capitalised word right after the title, or after "of <country>" (one space
        -- between, or "'s" between: "the Prime Minister's Office")
        {{ is_followed_by_capitalized_word('sentences', 'longest_places.last_word') }}
            as is_followed_by_capitalized_word,
        {{ is_followed_by_capitalized_word('sentences', 'longest_places.last_word + 2') }}
            as country_is_followed_by_capitalized_word,
        sentences.loaded_at
    from longest_places
    inner join sentences
        on longest_places.article_id = sentences.article_id and longest_places.sentence_index = sentences.sentence_index

),

qualified as (

    select
        longest.article_id,
        longest.sentence_index,
        longest.first_word,
        longest.last_word,
        longest.span_key as title_key,
        longest.office,
        longest.first_word_start as title_start,
        -- "President of Uzbekistan": the country after "of" is part of the title phrase
        case
            when country_after.country_code is not null then longest.two_after_end else longest.last_word_end
        end as title_end,
        -- "Russian Foreign Minister", "Pakistan's Prime Minister", "Pakistan Prime Minister",
        -- "the President of Uzbekistan"
        coalesce(
            two_word_demonym_before.country_code,
            demonym_before.country_code,
            possessive_before.country_code,
            country_after.country_code
        ) as qualifier_country_code,
        country_after.country_code is not null as is_qualified_after,
        -- "Pakistan's prime minister": the possessive is the title's determiner
        two_word_demonym_before.country_code is null
        and demonym_before.country_code is null
        and possessive_before.country_code is not null as is_qualified_by_possessive,
        case
            when two_word_demonym_before.country_code is not null then longest.two_before_start
            when demonym_before.country_code is not null then longest.word_before_start
            when possessive_before.country_code is not null then longest.two_before_start
        end as qualifier_start,
        longest.key_before,
        longest.key_two_before,
        longest.key_three_before,
        longest.word_before_start,
        if(
            country_after.country_code is not null,
            longest.country_is_followed_by_capitalized_word,
            longest.is_followed_by_capitalized_word
        ) as is_followed_by_capitalized_word,
        longest.loaded_at
    from longest
    -- equality joins on the keys before the title (hash joins)
    left join demonyms as demonym_before
        on longest.key_before = demonym_before.qualifier_key
    -- "his South African counterpart", "the Saudi Arabian foreign minister"
    left join demonyms as two_word_demonym_before
        on
            case
                when longest.first_word > 2 then longest.key_two_before || ' ' || longest.key_before
            end
            = two_word_demonym_before.qualifier_key
    left join demonyms as possessive_before
        on
            case
                when longest.key_before = 's' then longest.key_two_before
            end
            = possessive_before.qualifier_key
    left join demonyms as country_after
        on
            case
                when longest.key_after = 'of' then longest.key_two_after
            end
            = country_after.qualifier_key
            and longest.is_capitalized_two_after

),

with_determiner as (

    select
        *,
        coalesce(qualifier_start, title_start) as phrase_start,
        last_word + case when is_qualified_after then 2 else 0 end as phrase_last_word,
        -- the word before the title (or its qualifier): "the", "his", "outgoing", "former"
        case
            when qualifier_start is null then key_before
            when qualifier_start = word_before_start then key_two_before
            else key_three_before
        end as word_before
    from qualified

),

-- one title at each place (a qualifier that names two countries keeps the first)
one_per_place as (

    select *
    from with_determiner
    qualify row_number() over (
        partition by article_id, sentence_index, first_word order by qualifier_country_code nulls last
    ) = 1

),

-- Only positions and keys leave this step, not the sentence's word lists (a copy of them
-- for every title filled memory and disk at a million articles): a step that reads the
-- words after a title joins them from int_sentence_words_listed.
final as (

    select
        article_id,
        sentence_index,
        first_word,
        -- the title phrase's last word: the country of "President of Uzbekistan" included
        phrase_last_word as last_word,
        title_key,
        office,
        title_start,
        title_end,
        qualifier_country_code,
        phrase_start,
        word_before,
        is_qualified_by_possessive,
        -- a capitalised word right after the phrase: a name, or a place ("the Prime Minister
        -- Office", "the Prime Minister's Office")
        is_followed_by_capitalized_word,
        loaded_at
    from one_per_place

)

select * from final
