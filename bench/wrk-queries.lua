-- wrk script: each request is the next query of bench/queries.tsv (round robin per thread)
local queries = {}
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
for line in io.lines(os.getenv("TOLK_QUERIES") or "bench/queries.tsv") do
  if line:sub(1, 1) ~= "#" then
    local lang, kind, q = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
    if q then queries[#queries + 1] = "/api/search?limit=10&q=" .. encode(q) end
  end
end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end
