# Reference values from the CRAN package modifiedmk 1.6 (R 4.2):
# mmkh, mmkh3lag (Hamed-Rao), mmky, mmky1lag (Yue-Wang), pwmk, tfpwmk
# (prewhitening) and pbmk (bias-corrected prewhitening, bootstrap p from
# set.seed(1), for the record only), on the series of mmk_inputs.tsv
# (written by gen_mmk_inputs.py). modifiedmk uses t = 1..n.
#
#     R_LIBS=<library with modifiedmk> Rscript gen_modifiedmk.R > modifiedmk.json
#
# Numbers are written with sprintf("%.17g").
suppressMessages(library(modifiedmk))
g <- function(v) if (is.na(v)) "null" else sprintf("%.17g", v)
rec <- function(name, v) paste0('"', name, '": {', paste(sprintf('"%s": %s', names(v), sapply(v, g)), collapse = ", "), "}")
lines <- readLines("mmk_inputs.tsv")
out <- character(0)
for (line in lines) {
  f <- strsplit(line, "\t")[[1]]
  y <- as.numeric(strsplit(f[2], ",")[[1]])
  set.seed(1)
  pb <- pbmk(y)
  r <- c(sprintf('"name": "%s"', f[1]),
         rec("mmkh", mmkh(y)), rec("mmkh3lag", mmkh3lag(y)), rec("mmky", mmky(y)),
         rec("mmky1lag", mmky1lag(y)), rec("pwmk", pwmk(y)), rec("tfpwmk", tfpwmk(y)),
         rec("pbmk", pb))
  out <- c(out, paste0("  {", paste(r, collapse = ", "), "}"))
}
cat('{"generator": "gen_modifiedmk.R", "modifiedmk": "', as.character(packageVersion("modifiedmk")),
    '", "R": "', R.version$major, ".", R.version$minor, '", "series": [\n', sep = "")
cat(paste(out, collapse = ",\n"))
cat("\n]}\n")
