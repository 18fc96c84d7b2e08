-- Candidate mentions: every run of up to 8 words that starts and ends with a
-- capitalised word, joined on its key to the alias table (a hash join, not every
-- alias tested against every sentence). Runs are built only from a word whose key
-- begins an alias key, and no longer than the longest such alias. Where matches overlap, the longest wins
-- ("Pakistan Steel Mills" over "Pakistan"); between equal lengths, the earlier one.
-- A key may still name several entities; they are resolved in the next step. A
-- surname alone counts only when it stands alone: "Mohammad Sadiq" is someone else
-- than the Mohammad or the Sadiq of the gazetteer (a title before it is fine), unless the
-- word before is the person's given name written another way ("Dennis Manturov"), or
-- their given name with a middle name between ("Mohamed Younis Menfi").
-- A run may end in a lower-case word that names a kind of body or event ("the SCO
-- summit"), from the lowercase_name_endings seed.
-- A name glued to an izafat joiner ("Marka-e-Haq", compound_name_joiners seed) is part
-- of a longer name, so is a name after a patronymic particle ("bin Hamad": the father's,
-- name_particles seed), and a demonym after "in" that ends the phrase ("said in French.",
-- "in Russian, then") names a language.
-- depends_on: {{ ref('lowercase_name_endings') }}
-- depends_on: {{ ref('compound_name_joiners') }}
-- depends_on: {{ ref('name_particles') }}
-- depends_on: {{ ref('gazetteer_office_titles') }}
-- depends_on: {{ ref('person_titles') }}
{%- set title_words -%}
    select distinct unnest(string_split({{ name_key('title') }}, ' '))
    from {{ title_phrases() }} as titles
{%- endset %}
{%- set joiners -%}
    select lower(word) from {{ seed_relation('compound_name_joiners') }}
{%- endset %}
{%- set patronymic_particles -%}
    select lower(word) from {{ seed_relation('name_particles') }} where is_patronymic
{%- endset %}
{%- set name_endings -%}
    select lower(word) from {{ seed_relation('lowercase_name_endings') }}
{%- endset %}
with

sentences as not materialized (

    select * from {{ ref('int_sentence_words_listed') }}
    where {{ only_new_documents() }}

),

aliases as not materialized (

    select * from {{ ref('int_entity_aliases_keyed') }}

),

-- Every space-separated beginning of an alias key ("sergey", "sergey lavrov"), with the
-- most words an alias starting so can have: a span is only built from a capitalised
-- word whose key begins an alias, and only as long as such an alias.
alias_beginnings as (

    select
        array_to_string(parts[1:part_number], ' ') as beginning_key,
        max(len(parts)) as max_word_count
    from (
        select
            string_split(alias_key, ' ') as parts,
            unnest(range(1, len(string_split(alias_key, ' ')) + 1)) as part_number
        from aliases
    ) as alias_parts
    group by 1

),

-- Where a span may start: each capitalised word whose key begins an alias, with a window
-- of its sentence's word lists (from two words before it to eight after it, the most a
-- span and its neighbours reach; the word itself third), so that no step joins a sentence
-- back (a copy of every sentence for each place filled the disk at a million articles).
known_starts as not materialized (

    select
        starts.article_id,
        starts.sentence_index,
        starts.start.first_word,
        starts.start.words,
        starts.start.word_keys,
        starts.start.word_starts,
        starts.start.word_ends,
        starts.start.word_is_capitalized,
        -- the longest a span from here can be: the longest alias starting so, eight words,
        -- or up to the sentence's end
        least(alias_beginnings.max_word_count, 8, starts.word_total - starts.start.first_word + 1) as most_words,
        starts.loaded_at
    from (
        select
            article_id,
            sentence_index,
            loaded_at,
            len(word_keys) as word_total,
            unnest(
                list_transform(
                    list_filter(range(1, len(word_keys) + 1), position -> word_is_capitalized[position]),
                    position -> {
                        'first_word': position,
                        'first_key': word_keys[position],
                        'words': {{ list_window('words', 'position', 2, 8) }},
                        'word_keys': {{ list_window('word_keys', 'position', 2, 8) }},
                        'word_starts': {{ list_window('word_starts', 'position', 2, 8) }},
                        'word_ends': {{ list_window('word_ends', 'position', 2, 8) }},
                        'word_is_capitalized': {{ list_window('word_is_capitalized', 'position', 2, 8) }}
                    }
                )
            ) as start
        from sentences
    ) as starts
    inner join alias_beginnings on starts.start.first_key = alias_beginnings.beginning_key

),

-- Each span with the words around it, read from its start's window (the span's first word
-- is the window's third, `last_at` its last) and kept as plain columns; the window holds
-- nulls before the sentence's start. Not materialized: two steps read the spans.
spans as not materialized (

    select
        article_id,
        sentence_index,
        first_word,
        word_count,
        first_word + word_count - 1 as last_word,
        array_to_string(word_keys[3:last_at], ' ') as span_key,
        array_to_string(words[3:last_at], ' ') as span_words,
        word_starts[3] as char_start,
        word_ends[last_at] as char_end,
        word_keys[last_at] as last_key,
        word_is_capitalized[last_at] as is_last_capitalized,
        word_keys[1] as key_two_before,
        word_keys[2] as key_before,
        word_keys[last_at + 1] as key_after,
        word_is_capitalized[1] as is_capitalized_two_before,
        word_is_capitalized[2] as is_capitalized_before,
        word_is_capitalized[last_at + 1] as is_capitalized_after,
        word_starts[1] as two_before_start,
        word_starts[2] as before_start,
        -- the characters between neighbouring words (1: one space or a hyphen)
        word_starts[2] - word_ends[1] as gap_two_before,
        word_starts[3] - word_ends[2] as gap_before,
        word_starts[last_at + 1] - word_ends[last_at] as gap_after,
        loaded_at
    from (
        select
            *,
            2 + word_count as last_at
        from (
            select
                *,
                unnest(range(1, most_words + 1)) as word_count
            from known_starts
        ) as span_lengths
    ) as placed

),

matched as (

    select
        spans.article_id,
        spans.sentence_index,
        spans.first_word,
        spans.word_count,
        spans.char_start,
        spans.char_end,
        aliases.entity_id,
        aliases.alias_kind,
        aliases.entities_sharing_key,
        aliases.is_ambiguous_surname,
        spans.loaded_at
    from spans
    inner join aliases on spans.span_key = aliases.alias_key
    where
        -- the run ends in a capitalised word, or in a name ending ("the SCO summit")
        (
            spans.is_last_capitalized
            or spans.word_count > 1 and {{ is_seed_word('spans.last_key', name_endings) }}
        )
        and (not aliases.is_case_sensitive or spans.span_words = aliases.alias_words)
        and not coalesce({{ is_seed_word('spans.key_after', joiners) }} and spans.gap_after = 1, false)
        and not coalesce({{ is_seed_word('spans.key_before', joiners) }} and spans.gap_before = 1, false)
        -- a name after "bin" or "ibn" (name_particles seed) is the father's, inside another
        -- person's name ("Hamad" in "Abdul Rahman bin Hamad Al Thani")
        and not coalesce({{ is_seed_word('spans.key_before', patronymic_particles) }} and spans.gap_before = 1, false)
        and not (
            aliases.alias_kind = 'demonym'
            and coalesce(spans.key_before = 'in', false)
            and coalesce(spans.gap_after > 1, true)
        )
        -- a surname glued to a capitalised word before or after it (not a title) is
        -- part of another name
        and not (
            aliases.alias_kind = 'surname'
            and (
                coalesce(spans.is_capitalized_after and spans.gap_after = 1, false)
                or coalesce(
                    spans.is_capitalized_before
                    and spans.gap_before = 1
                    and not {{ is_seed_word('spans.key_before', title_words) }},
                    false
                )
            )
        )

),

-- the given names of the gazetteer's people, the first word of each name they are listed
-- under ("denis" of Denis Manturov)
given_names as (

    select distinct
        entity_id,
        string_split(alias_key, ' ')[1] as given_name_key
    from aliases
    where alias_kind in ('name', 'variant') and alias_word_count >= 2

),

-- "Dennis Manturov" for Denis Manturov, "Mohamed Younis Menfi" for Mohamed al-Menfi: a
-- surname glued to one or two capitalised words before it is its person's when the first
-- of them is that person's given name, or spelt within two letters of it (same initial,
-- four letters or more). Other given names stay someone else ("Ivan Lavrov").
surnames_after_given_names as (

    select
        article_id,
        sentence_index,
        first_word,
        word_count,
        char_start,
        char_end,
        entity_id,
        -- a gazetteer name written another way, as the titled names say it
        'variant' as alias_kind,
        count(*) over (partition by article_id, sentence_index, first_word, word_count) as entities_sharing_key,
        false as is_ambiguous_surname,
        loaded_at
    from (
        select distinct
            spans.article_id,
            spans.sentence_index,
            spans.first_word - spans.words_back as first_word,
            spans.word_count + spans.words_back as word_count,
            if(spans.words_back = 1, spans.before_start, spans.two_before_start) as char_start,
            spans.char_end,
            aliases.entity_id,
            spans.loaded_at
        from (
            select
                *,
                unnest([1, 2]) as words_back
            from spans
            where
                word_count = 1
                and is_capitalized_before
                and gap_before = 1
                -- the name ends with the surname ("Mohammad Hassan Akhundzada" is no Hassan)
                and not coalesce(is_capitalized_after and gap_after = 1, false)
        ) as spans
        inner join aliases
            on spans.span_key = aliases.alias_key and aliases.alias_kind = 'surname' and not aliases.is_case_sensitive
        inner join given_names on aliases.entity_id = given_names.entity_id
        -- a name the gazetteer lists as written ("Denis Manturov") is matched as such
        anti join matched
            on
                spans.article_id = matched.article_id
                and spans.sentence_index = matched.sentence_index
                and spans.first_word - spans.words_back = matched.first_word
                and spans.word_count + spans.words_back = matched.word_count
        where
            (spans.words_back = 1 or coalesce(spans.is_capitalized_two_before and spans.gap_two_before = 1, false))
            and (
                if(spans.words_back = 1, spans.key_before, spans.key_two_before) = given_names.given_name_key
                or length(given_names.given_name_key) >= 4
                and left(if(spans.words_back = 1, spans.key_before, spans.key_two_before), 1)
                = left(given_names.given_name_key, 1)
                and levenshtein(
                    if(spans.words_back = 1, spans.key_before, spans.key_two_before), given_names.given_name_key
                )
                <= 2
            )
    ) as named

),

all_matched as (

    select * from matched
    union all by name
    select * from surnames_after_given_names

),

spans_matched as (

    select distinct
        article_id,
        sentence_index,
        first_word,
        word_count
    from all_matched

),

shadowed as (

    select distinct
        span.article_id,
        span.sentence_index,
        span.first_word,
        span.word_count
    from spans_matched as span
    inner join spans_matched as other
        on
            span.article_id = other.article_id
            and span.sentence_index = other.sentence_index
            and other.first_word <= span.first_word + span.word_count - 1
            and span.first_word <= other.first_word + other.word_count - 1
            and (
                span.word_count < other.word_count
                or (span.word_count = other.word_count and span.first_word > other.first_word)
            )

),

longest as (

    select all_matched.*
    from all_matched
    anti join shadowed
        on
            all_matched.article_id = shadowed.article_id
            and all_matched.sentence_index = shadowed.sentence_index
            and all_matched.first_word = shadowed.first_word
            and all_matched.word_count = shadowed.word_count

)

select * from longest
