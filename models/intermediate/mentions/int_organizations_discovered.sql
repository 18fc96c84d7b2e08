-- depends_on: {{ ref('organization_head_words') }}
-- depends_on: {{ ref('non_name_words') }}
-- Organisations the gazetteer does not know, found as runs of capitalised words (with
-- "of", "on", "for", "and", "the" inside) that contain a head word from the
-- organization_head_words seed: "Karachi Council on Foreign Relations", "Pakistan Steel
-- Mills". The run must be whole (no capitalised word glued before or after it) and may
-- not start with a word from non_name_words ("The", "During"); it ends at the head word
-- or continues with "of", "on" or "for"; the longest run wins.
{%- set head_words -%}
    select lower(word) from {{ seed_relation('organization_head_words') }}
{%- endset %}
{%- set non_name_words -%}
    select lower(word) from {{ seed_relation('non_name_words') }}
{%- endset %}
with

sentences as (

    select * from {{ ref('int_sentence_words_listed') }}
    where {{ only_new_documents() }}

),

starts as (

    select
        *,
        unnest(
            list_filter(
                range(1, len(words) + 1),
                position -> word_is_capitalized[position]
                and not list_contains({{ list_from_seeds(non_name_words) }}, word_keys[position])
                and (
                    position = 1
                    or not word_is_capitalized[position - 1]
                    or word_starts[position] - word_ends[position - 1] <> 1
                    -- "During Pakistan Steel Mills talks"
                    or list_contains({{ list_from_seeds(non_name_words) }}, word_keys[position - 1])
                )
            )
        ) as first_word
    from sentences

),

lengths as (

    select unnest(range(2, 8)) as word_count

),

runs as (

    select
        starts.*,
        lengths.word_count,
        starts.first_word + lengths.word_count - 1 as last_word
    from starts
    inner join lengths
        on starts.first_word + lengths.word_count - 1 <= len(starts.words)

),

valid as (

    select *
    from runs
    where
        word_is_capitalized[last_word]
        and list_bool_and(
            list_transform(
                range(first_word + 1, last_word + 1),
                position -> word_starts[position] - word_ends[position - 1] = 1
                and (word_is_capitalized[position] or word_keys[position] in ('of', 'on', 'for', 'and', 'the'))
                and (
                    word_keys[position] in ('of', 'on', 'for', 'and', 'the')
                    or list_contains({{ list_from_seeds(head_words) }}, word_keys[position])
                    or not list_contains({{ list_from_seeds(non_name_words) }}, word_keys[position])
                )
            )
        )
        and list_has_any(word_keys[first_word:last_word], {{ list_from_seeds(head_words) }})
        -- the name ends at its head word or goes on with "of/on/for …" ("Council on Foreign
        -- Relations"); "Russian Federation Andrey Rudenko" is a place and a person
        and (
            list_contains({{ list_from_seeds(head_words) }}, word_keys[last_word])
            or word_keys[
                list_max(
                    list_filter(
                        range(first_word, last_word + 1),
                        position -> list_contains({{ list_from_seeds(head_words) }}, word_keys[position])
                    )
                ) + 1
            ] in ('of', 'on', 'for')
        )
        and (
            last_word = len(words)
            or not word_is_capitalized[last_word + 1]
            or word_starts[last_word + 1] - word_ends[last_word] <> 1
        )

),

longest as (

    select *
    from valid
    qualify row_number() over (partition by article_id, sentence_index, first_word order by word_count desc) = 1

),

final as (

    select
        article_id,
        sentence_index,
        first_word,
        word_count,
        word_starts[first_word] as char_start,
        word_ends[last_word] as char_end,
        array_to_string(word_keys[first_word:last_word], '-') as entity_id,
        array_to_string(words[first_word:last_word], ' ') as name
    from longest

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from sentences

)

select
    final.*,
    article_loads.loaded_at
from final
left join article_loads on final.article_id = article_loads.article_id
