# HQ Planner: English texts (the fallback language; `fl!` checks ids and
# arguments against this file at compile time). See docs/TEXT.md.
# Numbers and dates arrive already formatted by core::text::fmt.

## Where a problem is

place-line-col = line { $line }, column { $col }
place-line = line { $line }

## Kinds of things in a plan

entity-plan = Plan
entity-grade = Grade
entity-site = Headquarters
entity-zone = Zone
entity-travel = Travel
entity-unit = Unit
entity-cadre = Cadre
entity-transport = Transport
entity-housing = Housing
entity-rules = Rules
entity-scenario = Scenario

## Transport modes

mode-bus = Bus
mode-train-shuttle = Train + shuttle
mode-contracted-car = Contracted car
mode-own-means = Own means

## Plan validation problems

problem-syntax = File syntax error: { $text }
problem-version-newer = The file is format { $found }, written by a newer HQ Planner; this build reads formats up to { $supported }
problem-version-missing = The file has no format_version: is it an HQ Planner plan file?
problem-version-unknown = Format { $found } is not a known plan format
problem-empty-id = The id field `{ $field }` is empty
problem-missing-value = The field `{ $field }` is empty
problem-duplicate-id = Duplicate { $field } “{ $id }” (first used by { $entity } #{ $first })
problem-unknown-grade = There is no grade “{ $id }”
problem-unknown-site = There is no headquarters “{ $id }”
problem-unknown-pinned-site = The pinned headquarters “{ $id }” does not exist
problem-unknown-zone = There is no home zone “{ $id }”
problem-unknown-unit = There is no unit “{ $id }”
problem-unknown-scenario = There is no scenario “{ $id }”
problem-unknown-housing = There is no housing “{ $id }”
problem-unknown-transport-service = There is no transport service “{ $id }”
problem-not-finite = { $value } is not a valid number
problem-negative = { $value } is negative
problem-out-of-range = { $value } is outside the allowed range { $lo } to { $hi }
problem-zero-with-vehicles = Must be at least 1 when vehicles are available
problem-min-above-max = The minimum { $min }% is above the maximum { $max }%
problem-end-before-start = The period ends on { $end }, before it starts on { $start }
problem-too-long = { $months } months is longer than the limit of { $max } months
problem-missing-travel = No travel time from zone “{ $zone }” to headquarters “{ $site }” by { $mode }: give both coordinates or add a travel entry
problem-cycle-own-parent = A unit cannot be its own parent
problem-cycle-parent-chain = The chain of parent units leads back to this unit
problem-cycle-own-baseline = A scenario cannot be its own baseline
problem-cycle-baseline-chain = The chain of baselines leads back to this scenario
problem-implausible-date = { $date } is not a plausible date here (from { $earliest } to { $latest })
problem-text-too-long = This text is { $chars } characters long; at most { $max } are allowed

# The last line of a problem list. $count is a plain number (plural rules).
problem-count =
    { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
