package bot

// Calls to the shop's POS (Google Sheet backed). Kept simple on purpose.

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
)

const posURL = "https://pos.ifixladprao.com/api"

func get(path string, q url.Values) string {
	resp, err := http.Get(posURL + path + "?" + q.Encode())
	if err != nil {
		return "error: " + err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4000))
	return string(b)
}

func lookupPrice(model, problem string) string {
	return get("/price", url.Values{"model": {model}, "problem": {problem}})
}

func lookupJob(jobNo string) string { return get("/jobs", url.Values{"no": {jobNo}}) }

func bookSlot(waID, date, t, name string) string {
	return get("/book", url.Values{"phone": {waID}, "date": {date}, "time": {t}, "name": {name}, "src": {fmt.Sprint("wa")}})
}
