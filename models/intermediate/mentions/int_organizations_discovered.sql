-- depends_on: {{ ref('organization_head_words') }}
-- depends_on: {{ ref('non_name_words') }}
-- Organisations the gazetteer does not know, found as runs of capitalised words (with
-- "of", "on", "for", "and", "the" inside) that contain a head word from the
-- organization_head_words seed: "Karachi Council on Foreign Relations", "Pakistan Steel
-- Mills". The run must be whole (no capitalised word glued before or after it) and may
-- not start with a word from non_name_words ("The", "During") nor with a participle
-- opening the sentence ("Addressing the National Assembly"); it ends at the head word
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

-- Per sentence, once: which words are head words, and which may continue a run from
-- the word before (glued to it, capitalised or a connector, not a non-name word). A
-- run is then tested with slices of these lists, not a function per word.
flagged as (

    select
        *,
        list_transform(word_keys, word_key -> {{ is_seed_word('word_key', head_words) }}) as is_head_word,
        list_transform(
            range(1, len(words) + 1),
            position -> position > 1
            and word_starts[position] - word_ends[position - 1] = 1
            and (
                word_keys[position] in ('of', 'on', 'for', 'and', 'the')
                or word_is_capitalized[position]
                and not (
                    {{ is_seed_word('word_keys[position]', non_name_words) }}
                    and not {{ is_seed_word('word_keys[position]', head_words) }}
                )
            )
        ) as continues_run
    from sentences
    -- only sentences with a head word can name an organisation (most have none)
    where {{ has_seed_word('word_keys', head_words) }}

),

starts as (

    select
        *,
        unnest(
            list_filter(
                range(1, len(words) + 1),
                position -> word_is_capitalized[position]
                and not {{ is_seed_word('word_keys[position]', non_name_words) }}
                -- "Addressing the National Assembly, …": a participle opening the sentence
                and not (
                    position = 1
                    and word_keys[1] like '%ing'
                    and len(words) > 1
                    and not word_is_capitalized[2]
                )
                and (
                    position = 1
                    or not word_is_capitalized[position - 1]
                    or word_starts[position] - word_ends[position - 1] <> 1
                    -- "During Pakistan Steel Mills talks"
                    or {{ is_seed_word('word_keys[position - 1]', non_name_words) }}
                )
            )
        ) as first_word
    from flagged

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
        and list_bool_and(continues_run[first_word + 1:last_word])
        and list_bool_or(is_head_word[first_word:last_word])
        -- the name ends at its head word or goes on with "of/on/for …" ("Council on Foreign
        -- Relations"); "Russian Federation Andrey Rudenko" is a place and a person
        and (
            is_head_word[last_word]
            or word_keys[
                last_word + 2 - list_position(list_reverse(is_head_word[first_word:last_word]), true)
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
        array_to_string(words[first_word:last_word], ' ') as name,
        loaded_at
    from longest

)

select * from final
