-- wrk script for bench/soak.sh: cycles through a mix of endpoints, queries,
-- representations and conditional requests, in the URL forms of today (every
-- answer is a 200 or 304; the earlier forms' redirects are tested elsewhere).
local requests = {}
local counter = 0

init = function(args)
  local etag = os.getenv("SOAK_ETAG") or '"none"'
  local mix = {
    { "/talent/cities" },
    { "/heat-index" },
    { "/talent/ages/comparison?first=aigc&second=internet" },
    { "/talent/cities.csv?min_share=2&sort=-share_pct,city_en&fields=rank,city_en,share_pct" },
    { "/jobs/hot?side=demand&side=supply&max_rank=3&lang=en" },
    { "/salaries.csv" },
    { "/applications.ndjson?facet=industry" },
    { "/talent/cities", { ["If-None-Match"] = etag } },
    { "/talent/education", { ["Accept-Encoding"] = "gzip" } },
    { "/reports" },
    { "/heat-index/rows?peaks=true" },
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
