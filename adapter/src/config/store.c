// wasi:config/store@0.2.0-draft: configuration properties, virtualized like the environment.
//   variant error { upstream(string), io(string) }
#include "runtime/config-blob.h"

IMPORT(WASI_CONFIG_STORE, "get")
void host_config_get(const char *key, uint32_t key_len, wv_result *ret);
IMPORT(WASI_CONFIG_STORE, "get-all") void host_config_get_all(wv_result *ret);

// get: func(key: string) -> result<option<string>, error>
EXPORT(WASI_CONFIG_STORE "#get") wv_result *config_get(const char *key, uint32_t key_len) {
  const wv_policy *policy = &wv_config_get()->config;
  wv_result *ret = &wv_ret_area.result;
  const wv_str *value = wv_override(policy, key, key_len);
  if (!value && wv_admits(policy, key, key_len)) {
    host_config_get(key, key_len, ret); // the host's answer, errors included
    wv_release(); // the key and the answer: the caller lifts the answer first
    return ret;
  }
  ret->is_err = 0;
  ret->u.tagged.tag = value != NULL;
  if (value) {
    ret->u.tagged.str = *value;
  }
  wv_release();
  return ret;
}

// get-all: func() -> result<list<tuple<string, string>>, error>
EXPORT(WASI_CONFIG_STORE "#get-all") wv_result *config_get_all(void) {
  const wv_policy *policy = &wv_config_get()->config;
  wv_result *ret = &wv_ret_area.result;
  if (policy->mode != WV_MODE_NONE) {
    host_config_get_all(ret);
    if (ret->is_err) {
      wv_release();
      return ret; // the host's error, passed on
    }
  }
  ret->is_err = 0;
  wv_merge(policy, &ret->u.list);
  wv_release();
  return ret;
}
