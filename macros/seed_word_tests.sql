{#- Membership tests against a word list read from seeds (a query built with
    seed_relation(), one column), compiled into one constant regular expression: RE2
    tests a word against the whole list in one pass, where list_contains() over a list
    literal compares it with every entry (four times slower on 100,000 articles).
    The model declares `-- depends_on: ref(...)` for each seed it reads. -#}

{#- '(?:word|other word)': the distinct values, escaped for RE2 and for a SQL string;
    none when the query returns nothing. -#}
{% macro seed_words_pattern(query) -%}
    {%- set words = [] -%}
    {%- if execute -%}
        {%- for value in run_query(query).columns[0].values() -%}
            {%- if value is not none and value not in words -%}
                {%- do words.append(value) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- set escaped = [] -%}
    {%- for word in words | sort -%}
        {%- set ns = namespace(text=word | replace('\\', '\\\\')) -%}
        {%- for char in ['.', '^', '$', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}'] -%}
            {%- set ns.text = ns.text | replace(char, '\\' ~ char) -%}
        {%- endfor -%}
        {%- do escaped.append(ns.text | replace("'", "''")) -%}
    {%- endfor -%}
    {%- if escaped -%}(?:{{ escaped | join('|') }}){%- endif -%}
{%- endmacro %}

{#- true when the word `expression` is one of the words the query returns -#}
{% macro is_seed_word(expression, query) -%}
    {%- set pattern = seed_words_pattern(query) -%}
    {%- if pattern -%}
        regexp_full_match({{ expression }}, '{{ pattern }}')
    {%- else -%}
        false
    {%- endif -%}
{%- endmacro %}

{#- true when the list of words `list_expression` holds any word the query returns
    (words must not contain '|', which separates them here) -#}
{% macro has_seed_word(list_expression, query) -%}
    {%- set pattern = seed_words_pattern(query) -%}
    {%- if pattern -%}
        regexp_matches('|' || array_to_string({{ list_expression }}, '|') || '|', '\|{{ pattern }}\|')
    {%- else -%}
        false
    {%- endif -%}
{%- endmacro %}
