/* relations.h - finding how the extracted claims of each sentence relate (totals and parts,
 * shares, completion, changes, named counts): the stage after claim extraction. */
#ifndef BL_RELATIONS_H
#define BL_RELATIONS_H
#include "claims.h"

/* Finds the relations among the claims of set (extracted from doc), into set (memory from arena). */
int bl_relations_find(const bl_document *doc, bl_arena *arena, bl_claim_set *set);

const char *bl_relation_kind_name(bl_relation_kind kind);

#endif
