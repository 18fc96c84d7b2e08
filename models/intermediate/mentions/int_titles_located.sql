-- depends_on: {{ ref('gazetteer_office_titles') }}
-- depends_on: {{ ref('person_titles') }}
-- Every title in a sentence ("Prime Minister", "the Russian foreign minister", "his
-- counterpart", "Consul General"), from the office_titles and person_titles seeds,
-- the longest title at each place. With it: the country it is qualified by (a demonym
-- or country name just before it: "Russian", "Pakistan's"; or a country after "of":
-- "President of Uzbekistan", then part of the title phrase), the determiner before it
-- ("the", "his"), and where the words after it start, for the name that may follow.
{%- set title_first_words -%}
    select distinct string_split({{ name_key('title') }}, ' ')[1]
    from {{ title_phrases() }} as titles
{%- endset %}
with

sentences as (

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

longest as (

    select
        longest_places.*,
        sentences.words,
        sentences.word_keys,
        sentences.word_starts,
        sentences.word_ends,
        sentences.word_is_capitalized,
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
        longest.word_starts[longest.first_word] as title_start,
        -- "President of Uzbekistan": the country after "of" is part of the title phrase
        longest.word_ends[
            longest.last_word + case when country_after.country_code is not null then 2 else 0 end
        ] as title_end,
        -- "Russian Foreign Minister", "Pakistan's Prime Minister", "Pakistan Prime Minister",
        -- "the President of Uzbekistan"
        coalesce(
            two_word_demonym_before.country_code,
            demonym_before.country_code,
            possessive_before.country_code,
            country_after.country_code
        ) as qualifier_country_code,
        country_after.country_code is not null as is_qualified_after,
        case
            when two_word_demonym_before.country_code is not null then longest.word_starts[longest.first_word - 2]
            when demonym_before.country_code is not null then longest.word_starts[longest.first_word - 1]
            when possessive_before.country_code is not null then longest.word_starts[longest.first_word - 2]
        end as qualifier_start,
        longest.words,
        longest.word_keys,
        longest.word_starts,
        longest.word_ends,
        longest.word_is_capitalized,
        longest.loaded_at
    from longest
    -- equality joins on the keys before the title (hash joins)
    left join demonyms as demonym_before
        on longest.word_keys[longest.first_word - 1] = demonym_before.qualifier_key
    -- "his South African counterpart", "the Saudi Arabian foreign minister"
    left join demonyms as two_word_demonym_before
        on
            case
                when longest.first_word > 2
                    then longest.word_keys[longest.first_word - 2] || ' ' || longest.word_keys[longest.first_word - 1]
            end
            = two_word_demonym_before.qualifier_key
    left join demonyms as possessive_before
        on
            case
                when longest.word_keys[longest.first_word - 1] = 's' then longest.word_keys[longest.first_word - 2]
            end
            = possessive_before.qualifier_key
    left join demonyms as country_after
        on
            case
                when longest.word_keys[longest.last_word + 1] = 'of' then longest.word_keys[longest.last_word + 2]
            end
            = country_after.qualifier_key
            and longest.word_is_capitalized[longest.last_word + 2]

),

with_determiner as (

    select
        *,
        coalesce(qualifier_start, title_start) as phrase_start,
        last_word + case when is_qualified_after then 2 else 0 end as phrase_last_word,
        -- the word before the title (or its qualifier): "the", "his", "outgoing", "former"
        word_keys[
            case
                when qualifier_start is null then first_word - 1
                when qualifier_start = word_starts[first_word - 1] then first_word - 2
                else first_word - 3
            end
        ] as word_before
    from qualified

),

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
        words,
        word_keys,
        word_starts,
        word_ends,
        word_is_capitalized,
        loaded_at
    from with_determiner
    qualify row_number() over (
        partition by article_id, sentence_index, first_word order by qualifier_country_code nulls last
    ) = 1

)

select * from final
