-- One row per sentence with its words as parallel lists: the word as written, its
-- matching key (lower case, accents stripped), its offsets into the article body, and
-- whether it starts with a capital letter (or is in a script without case). Words are
-- runs of letters and digits.
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
        loaded_at,
        regexp_extract_all(sentence_text, '[\pL\pN]+(?:[''’][\pL\pN]{2,})*|[^\pL\pN]+') as pieces
    from sentences

),

-- Row by row with list functions (no unnest, window or regrouping), so memory stays
-- flat however many sentences there are. Pieces alternate between words and the runs
-- between them, so the words are every other piece; a word's offset is the sum of the
-- lengths of the pieces before it.
placed as (

    select
        *,
        list_transform(pieces, piece -> length(piece)) as piece_lengths,
        range(if(regexp_matches(pieces[1], '^[\pL\pN]'), 1, 2), len(pieces) + 1, 2) as word_numbers
    from pieced

),

listed as (

    select
        article_id,
        sentence_index,
        list_select(pieces, word_numbers) as words,
        -- "Xi’an" is one word, keyed like its alias: "xi an" (keyed all at once, '|' between words)
        string_split(
            regexp_replace(
                lower(strip_accents(array_to_string(list_select(pieces, word_numbers), '|'))), '[^\pL\pN&|]+', ' ', 'g'
            ),
            '|'
        ) as word_keys,
        list_transform(
            word_numbers,
            piece_number -> (sentence_start + coalesce(list_sum(piece_lengths[1:piece_number - 1]), 0))::integer
        ) as word_starts,
        list_transform(
            word_numbers,
            piece_number -> (sentence_start + list_sum(piece_lengths[1:piece_number]))::integer
        ) as word_ends,
        -- scripts without case (Arabic, Urdu, Chinese) count as capitalised: any word may start a name
        list_transform(
            word_numbers, piece_number -> regexp_matches(pieces[piece_number], '^[\p{Lu}\p{Lo}\pN]')
        ) as word_is_capitalized,
        loaded_at
    from placed
    where len(word_numbers) > 0

)

select * from listed
