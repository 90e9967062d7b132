// wasi:cli/environment: the environment, arguments and initial cwd the policy allows.
#include "runtime/config-blob.h"

IMPORT(WASI_CLI_ENVIRONMENT, "get-environment") void host_get_environment(wv_list *ret);
IMPORT(WASI_CLI_ENVIRONMENT, "get-arguments") void host_get_arguments(wv_list *ret);
IMPORT(WASI_CLI_ENVIRONMENT, "initial-cwd") void host_initial_cwd(wv_tagged_str *ret);

// get-environment: func() -> list<tuple<string, string>>
EXPORT(WASI_CLI_ENVIRONMENT "#get-environment") wv_list *get_environment(void) {
  const wv_policy *policy = &wv_config_get()->env;
  wv_list *ret = &wv_ret_area.list;
  if (policy->mode != WV_MODE_NONE) {
    host_get_environment(ret);
  }
  wv_merge(policy, ret);
  wv_release(); // the caller lifts the list before the adapter allocates again
  return ret;
}

// get-arguments: func() -> list<string>
EXPORT(WASI_CLI_ENVIRONMENT "#get-arguments") wv_list *get_arguments(void) {
  const wv_config *config = wv_config_get();
  wv_list *ret = &wv_ret_area.list;
  if (config->args_mode == WV_ARGS_HOST) {
    host_get_arguments(ret);
  } else {
    ret->ptr = config->args;
    ret->count = config->arg_count;
  }
  wv_release();
  return ret;
}

// initial-cwd: func() -> option<string>
EXPORT(WASI_CLI_ENVIRONMENT "#initial-cwd") wv_tagged_str *initial_cwd(void) {
  const wv_config *config = wv_config_get();
  wv_tagged_str *ret = &wv_ret_area.option;
  if (config->cwd_mode == WV_CWD_HOST) {
    host_initial_cwd(ret);
  } else if (config->cwd_mode == WV_CWD_FIXED) {
    ret->tag = 1;
    ret->str = config->cwd;
  } else {
    ret->tag = 0;
  }
  wv_release();
  return ret;
}
