-- Exact arithmetic on claim values. Every value is an integer in millionths (claim.value,
-- claim.lo, claim.hi), so that no comparison ever depends on floating point.
local numbers = {}

numbers.SCALE = 1000000

--- 10^n as an integer (Lua's ^ always gives a float).
local function pow10(n)
  local p = 1
  for _ = 1, n do p = p * 10 end
  return p
end
numbers.pow10 = pow10

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
local function gcd(a, b)
  while b ~= 0 do a, b = b, a % b end
  return a
end

function numbers.percent_of(part, whole, decimals)
  local step = pow10(6 - decimals)
  local g = gcd(part, whole)                       -- keeps part·100·SCALE within 64 bits
  if g > 1 then part, whole = part // g, whole // g end
  local exact_num, exact_den = part * 100 * numbers.SCALE, whole   -- part/whole·100, scaled
  local v = exact_num // exact_den
  local below = v % step             -- round half up at the step
  v = v - below
  if below * 2 >= step then v = v + step end
  return v
end

--- The digits a claim's number was written with (２１９８ → 4).
function numbers.digit_count(claim)
  local n = 0
  for _, cp in utf8.codes(claim.number.text) do
    if (cp >= 0x30 and cp <= 0x39) or (cp >= 0xFF10 and cp <= 0xFF19) then n = n + 1 end
  end
  return n
end
--- The readings of a number whose decimal point was lost (２１９８ → 219.8, 21.98, 2.198), the
--- point moved one place further each time: { {value = …, decimals = …}, … }, keeping those at
--- most `limit` (scaled) when it is given.
function numbers.decimal_readings(claim, limit)
  local readings = {}
  for places = 1, numbers.digit_count(claim) - 1 do
    local value = claim.value // pow10(places)
    if not limit or value <= limit then
      readings[#readings + 1] = { value = value, decimals = claim.decimals + places }
    end
  end
  return readings
end

--- How a value reads in a message: the digits as a bulletin writes them, with its unit.
function numbers.show(value, decimals, unit)
  local text = numbers.format(value, decimals)
  if unit == "%" then return text .. "%" end
  if unit == "个百分点" then return text .. "个百分点" end
  return text .. (unit or "")
end

--- Whether a percentage (scaled, with its decimals) is what part/whole rounds to.
function numbers.share_matches(part, whole, percent, decimals)
  if whole <= 0 then return false end
  return numbers.percent_of(part, whole, decimals) == percent
end


--- A value shown as the claim writes it: in 万 or 亿 when the claim used them, with its unit
--- (444000 for ４４４万人 with the point moved → "44.4万人"); without_unit leaves the unit off.
function numbers.show_like(claim, value, decimals, without_unit)
  local text, magnitude, word = claim.number.text, 1, ""
  if text:find("亿", 1, true) then magnitude, word = 100000000, "亿"
  elseif text:find("万", 1, true) then magnitude, word = 10000, "万" end
  local unit = not without_unit and claim.unit or nil
  if unit == "%" or unit == "个百分点" then
    return numbers.format(value, decimals) .. unit
  end
  return numbers.format(value // magnitude, decimals) .. word .. (unit or "")
end

--- Whether a claim states one exact number (no 余, 约, 以上 …, not a range).
function numbers.exact(claim)
  return claim.hi ~= nil and claim.lo == claim.hi and claim.qualifier == nil
end

return numbers
