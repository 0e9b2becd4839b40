-- wrk script for bench/soak.sh: cycles through a mix of endpoints, queries,
-- representations and conditional requests.
local requests = {}
local counter = 0

init = function(args)
  local etag = os.getenv("SOAK_ETAG") or '"none"'
  local mix = {
    { "/talent/cities" },
    { "/heat-index" },
    { "/talent/ages?compare=aigc,internet" },
    { "/talent/cities?min_share=2&sort=-share_pct,city_en&fields=rank,city_en,share_pct" },
    { "/jobs/hot?side=demand&side=supply&max_rank=3&lang=en" },
    { "/salaries", { ["Accept"] = "text/csv" } },
    { "/applications?facet=industry&format=ndjson" },
    { "/talent/cities", { ["If-None-Match"] = etag } },
    { "/talent/education", { ["Accept-Encoding"] = "gzip" } },
    { "/reports" },
    { "/heat-index?peaks=true&shape=array" },
    { "/jobs/growth?from=2021", { ["Origin"] = "https://dashboard.example" } },
    { "/talent/industries?uncertain=true" },
    { "/openapi.json", { ["Accept-Encoding"] = "br" } },
  }
  for i, entry in ipairs(mix) do
    requests[i] = wrk.format("GET", entry[1], entry[2] or {})
  end
end

request = function()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
