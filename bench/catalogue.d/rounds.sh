# Sourced by bench/catalogue and bench/signed-in: measures, in each of $rounds rounds, every name of "${order[@]}" in turn
# (the first, the static file, is the ceiling of its round) with wrk, $clients clients for $duration on $threads
# threads, the requests as target[name] says: "URL|file of session cookies|file of paths" (either file may be left out;
# see report.lua). Prints each round's figures and then the median of the rounds figure by figure: requests/s, p50, p95
# and p99 latency, errors, the rate as a share of its round's static rate, and the server's processor time per request
# (user and system, all its threads: what a request costs, less dependent than the rates on what else the machine's
# neighbours run). Needs pid (the server's) and work (a folder); sets errors_total (all rounds, the static file's
# left out) and worst_p95 (the slowest median p95 but the static file's).
measure_rounds() {
  format='%-6s %-10s %10s %9s %9s %9s %8s %10s %9s %13s\n'
  # shellcheck disable=SC2059
  printf "$format" round "${first_column:-page}" 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors requests 'vs static' 'server ms/req'
  ticks=$(getconf CLK_TCK)
  server_cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
  errors_total=0
  : > "$work/rounds"
  for round in $(seq 1 "$rounds"); do
    static_rate=""
    for name in "${order[@]}"; do
      IFS='|' read -r url cookies paths <<< "${target[$name]}"
      cpu_before=$(server_cpu)
      read -r _ rate p50 p95 p99 errors requests < <(BENCH_COOKIES=$cookies BENCH_PATHS=$paths wrk -t "$threads" -c "$clients" \
          -d "$duration" --timeout 10s -s bench/catalogue.d/report.lua "$url" | grep '^RESULT')
      [ -n "$static_rate" ] || static_rate=$rate
      share=$(awk -v r="$rate" -v s="$static_rate" 'BEGIN { printf "%.2f", 100 * r / s }')
      cost=$(awk -v a="$cpu_before" -v b="$(server_cpu)" -v n="$requests" -v t="$ticks" 'BEGIN { printf "%.2f", (b - a) * 1000 / t / n }')
      # shellcheck disable=SC2059
      printf "$format" "$round" "$name" "$rate" "$p50" "$p95" "$p99" "$errors" "$requests" "$share%" "$cost"
      echo "$name $rate $p50 $p95 $p99 $share $cost" >> "$work/rounds"
      [ "$name" = static ] || errors_total=$((errors_total + errors))
    done
  done
  # The median of the rounds, figure by figure.
  median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  worst_p95=0
  for name in "${order[@]}"; do
    read -r rate p50 p95 p99 share cost < <(for column in 2 3 4 5 6 7; do
      awk -v n="$name" -v c="$column" '$1 == n { print $c }' "$work/rounds" | median; done | paste -sd ' ')
    # shellcheck disable=SC2059
    printf "$format" median "$name" "$rate" "$p50" "$p95" "$p99" '' '' "$share%" "$cost"
    [ "$name" = static ] || worst_p95=$(awk -v a="$worst_p95" -v b="$p95" 'BEGIN { print (b > a) ? b : a }')
  done
}
