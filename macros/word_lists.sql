{#- Whether a capitalised word follows position `last_word` of a sentence's word lists
    (int_sentence_words_listed columns of `sentence`), one space or hyphen between, or
    "'s" between: "Prime Minister Kakar", "the Prime Minister Office", "the Prime
    Minister's Office". False at the sentence's end. -#}
{% macro is_followed_by_capitalized_word(sentence, last_word) -%}
    coalesce(
        if(
            {{ sentence }}.word_keys[{{ last_word }} + 1] = 's'
            and {{ sentence }}.word_starts[{{ last_word }} + 1] - {{ sentence }}.word_ends[{{ last_word }}] = 1,
            {{ sentence }}.word_is_capitalized[{{ last_word }} + 2]
            and {{ sentence }}.word_starts[{{ last_word }} + 2] - {{ sentence }}.word_ends[{{ last_word }} + 1] = 1,
            {{ sentence }}.word_is_capitalized[{{ last_word }} + 1]
            and {{ sentence }}.word_starts[{{ last_word }} + 1] - {{ sentence }}.word_ends[{{ last_word }}] = 1
        ),
        false
    )
{%- endmacro %}

{#- The items of `list` from `before` places before `position` to `after` places after it
    (1-based), null where that falls outside the list: always before + after + 1 items, the
    one at `position` at index before + 1. Indexes one by one (a slice taken inside a list
    lambda copies the whole list each time: quadratic on a long sentence). -#}
{% macro list_window(list, position, before, after) -%}
    {%- set items = [] -%}
    {%- for offset in range(-before, after + 1) -%}
        {%- set place = position ~ ' + ' ~ offset -%}
        {%- do items.append('if(' ~ place ~ ' >= 1, ' ~ list ~ '[' ~ place ~ '], null)') -%}
    {%- endfor -%}
    [{{ items | join(', ') }}]
{%- endmacro %}
