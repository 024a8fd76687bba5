# chronoline_embed_data(OUT_VAR ROOT HEADER FUNCTION): generates a .cpp that embeds every file below
# ROOT (see cmake/embed_data.cmake) and defines FUNCTION, declared in HEADER; OUT_VAR names it.
function(chronoline_embed_data out_var root header function)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS ${root}/*)
  list(SORT files)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${function}.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DROOT=${root} -DOUT=${out} "-DFILES=${files}" -DHEADER=${header}
            -DFUNCTION=${function} -P ${CMAKE_SOURCE_DIR}/cmake/embed_data.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/embed_data.cmake
    COMMENT "Embedding ${root}"
    VERBATIM)
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()
