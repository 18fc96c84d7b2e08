-- One row per sentence with its words as parallel lists: the word as written, its
-- matching key (lower case, accents stripped), its offsets into the article body, and
-- whether it starts with a capital letter (or is in a script without case). Words are
-- runs of letters and digits.
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='append_new_columns'
    )
}}
with

sentences as (

    select * from {{ ref('int_article_sentences_split') }}
    where {{ only_new_documents() }}

),

pieced as (

    select
        article_id,
        sentence_index,
        char_start as sentence_start,
        regexp_extract_all(sentence_text, '[\pL\pN]+(?:[''’][\pL\pN]{2,})*|[^\pL\pN]+') as pieces
    from sentences

),

pieces as (

    select
        article_id,
        sentence_index,
        sentence_start,
        generate_subscripts(pieces, 1) as piece_number,
        unnest(pieces) as piece
    from pieced

),

placed as (

    select
        article_id,
        sentence_index,
        piece_number,
        piece,
        sentence_start + coalesce(
            sum(length(piece)) over (
                partition by article_id, sentence_index
                order by piece_number
                rows between unbounded preceding and 1 preceding
            ),
            0
        ) as char_start
    from pieces

),

words as (

    select
        article_id,
        sentence_index,
        piece_number,
        piece as word,
        -- "Xi’an" is one word, keyed like its alias: "xi an"
        regexp_replace(lower(strip_accents(piece)), '[^\pL\pN&]+', ' ', 'g') as word_key,
        char_start::integer as char_start,
        (char_start + length(piece))::integer as char_end,
        -- scripts without case (Arabic, Urdu, Chinese) count as capitalised: any word may start a name
        regexp_matches(piece, '^[\p{Lu}\p{Lo}\pN]') as is_capitalized
    from placed
    where regexp_matches(piece, '^[\pL\pN]')

),

listed as (

    select
        article_id,
        sentence_index,
        list(word order by piece_number) as words,
        list(word_key order by piece_number) as word_keys,
        list(char_start order by piece_number) as word_starts,
        list(char_end order by piece_number) as word_ends,
        list(is_capitalized order by piece_number) as word_is_capitalized
    from words
    group by article_id, sentence_index

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from sentences

)

select
    listed.*,
    article_loads.loaded_at
from listed
left join article_loads on listed.article_id = article_loads.article_id
