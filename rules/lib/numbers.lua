-- Exact arithmetic on claim values. Every value is an integer in millionths (claim.value,
-- claim.lo, claim.hi), so that no comparison ever depends on floating point.
local numbers = {}

numbers.SCALE = 1000000

local function pow10(n)
  local p = 1
  for _ = 1, n do p = p * 10 end
  return p
end

--- The scaled value v as a decimal string with at least `decimals` digits after the point.
function numbers.format(v, decimals)
  decimals = decimals or 0
  local sign = v < 0 and "-" or ""
  if v < 0 then v = -v end
  local int, frac = v // numbers.SCALE, v % numbers.SCALE
  local digits = string.format("%06d", frac)
  local keep = 6
  while keep > decimals and digits:sub(keep, keep) == "0" do keep = keep - 1 end
  return sign .. tostring(int) .. (keep > 0 and ("." .. digits:sub(1, keep)) or "")
end

--- An integer count as a scaled value.
function numbers.scaled(n) return n * numbers.SCALE end

--- The interval of a claim: lo, hi (hi is nil when the claim has no upper bound).
function numbers.interval(claim) return claim.lo, claim.hi end

--- The sum of the intervals of a list of claims: lo, hi (nil when one part is unbounded).
function numbers.sum(claims)
  local lo, hi = 0, 0
  for _, c in ipairs(claims) do
    lo = lo + c.lo
    if hi and c.hi then hi = hi + c.hi else hi = nil end
  end
  return lo, hi
end

--- Whether the intervals [alo, ahi] and [blo, bhi] meet (nil: unbounded above).
function numbers.overlaps(alo, ahi, blo, bhi)
  return (ahi == nil or blo <= ahi) and (bhi == nil or alo <= bhi)
end

--- Whether a percentage written with `decimals` decimals (scaled) can be k/n for a whole k
--- (the GRIM test): round(100·k/n, decimals) == percent for some integer k.
function numbers.grim(percent, decimals, n)
  if n <= 0 then return false end
  local half = pow10(6 - decimals) // 2            -- half a unit of the last written place
  local low, high = (percent - half) * n, (percent + half) * n
  local unit = 100 * numbers.SCALE                 -- k·unit must fall in [low, high)
  local k = (low + unit - 1) // unit
  if k < 0 then k = 0 end
  return k * unit < high
end

--- The percentage part/whole as a scaled value, rounded half up at `decimals` decimals.
function numbers.percent_of(part, whole, decimals)
  local step = pow10(6 - decimals)
  local exact_num, exact_den = part * 100 * numbers.SCALE, whole   -- part/whole·100, scaled
  local v = exact_num // exact_den
  local below = v % step             -- round half up at the step
  v = v - below
  if below * 2 >= step then v = v + step end
  return v
end

--- The readings of a number whose decimal point was lost (２１９８％ → 219.8, 21.98, 2.198):
--- a list of scaled values, one per place the point could stand, largest first.
function numbers.decimal_readings(claim)
  local digits = 0
  for _, cp in utf8.codes(claim.number.text) do
    if (cp >= 0x30 and cp <= 0x39) or (cp >= 0xFF10 and cp <= 0xFF19) then digits = digits + 1 end
  end
  local readings = {}
  if claim.decimals > 0 or digits < 2 then return readings end
  for places = 1, math.min(digits - 1, 6) do
    readings[#readings + 1] = claim.value // pow10(places)
  end
  return readings
end

return numbers
