# Reference values from base R (R 4.2, stats): cor.test(method = "kendall")
# (tau-b, and the exact p for n < 50 without ties) and summary(lm(y ~ t)).
# Reads inputs.tsv (written by gen_scipy.py) and writes golden_r.json:
#
#     Rscript gen_r.R > golden_r.json
#
# Numbers are written with sprintf("%.17g").
g <- function(v) if (is.na(v)) "null" else sprintf("%.17g", v)
lines <- readLines("inputs.tsv")
out <- character(0)
for (line in lines) {
  f <- strsplit(line, "\t")[[1]]
  t <- as.numeric(strsplit(f[2], ",")[[1]])
  y <- as.numeric(strsplit(f[3], ",")[[1]])
  n <- length(y)
  if (n > 1000) next
  rec <- sprintf('"name": "%s"', f[1])
  if (n >= 3 && length(unique(y)) > 1) {
    ct <- suppressWarnings(cor.test(t, y, method = "kendall", exact = NULL))
    rec <- c(rec, sprintf('"TauB": %s', g(unname(ct$estimate))), sprintf('"P": %s', g(ct$p.value)),
             sprintf('"Exact": %s', if (n < 50 && length(unique(y)) == n) "true" else "false"))
  }
  if (n >= 3) {
    s <- summary(lm(y ~ t))
    co <- s$coefficients
    if (nrow(co) == 2 && is.finite(co[2, 2]) && co[2, 2] > 0) {
      rec <- c(rec, sprintf('"Slope": %s', g(co[2, 1])), sprintf('"Intercept": %s', g(co[1, 1])),
               sprintf('"StdErr": %s', g(co[2, 2])), sprintf('"InterceptStdErr": %s', g(co[1, 2])),
               sprintf('"OLSP": %s', g(co[2, 4])), sprintf('"R2": %s', g(s$r.squared)))
    }
  }
  out <- c(out, paste0("  {", paste(rec, collapse = ", "), "}"))
}
cat('{"generator": "gen_r.R", "R": "', R.version$major, ".", R.version$minor, '", "series": [\n', sep = "")
cat(paste(out, collapse = ",\n"))
cat("\n]}\n")
