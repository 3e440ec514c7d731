"""Stop 38, the merge of eight branches: what the merge and the helpers' reports found, fixed at the cause.

- recall38c's mottled-limb reading took "hand has purple" out of "my hand has purple blotches and blisters and a
  fever" (a prawn prick: necrotising fasciitis's skin sign, NHS Necrotising fasciitis) and hid the skin sign; a colour
  followed by blotches, patches, spots or blisters is the skin's, not a limb's.
- The same reading took "the whole lower leg is red, going purple near the cut" (blind135 t135e-013, necrotising
  fasciitis in a diabetic) from the skin sign: it now sits below every other reading of the same words (priority -1).
- Drawing one's own window curtains ("我把窗帘拉上了", "拉上窗帘睡了") was read as a curtain over the sight (sudden loss
  of vision, 999): an action on a real curtain is not the curtain-like shadow of NHS Detached retina / NHS Stroke.
"""

from __future__ import annotations

from carebridge.tools.triage_engine import symptom_matches


def codes(text: str) -> set[str]:
    return {m.code for m in symptom_matches(text) if not m.negated}


def test_purple_blotches_on_a_pricked_hand_are_a_skin_sign_not_a_mottled_limb() -> None:
    got = codes("pricked my finger on a prawn two days ago, now my hand has purple blotches and blisters and a fever")
    assert "skin_necrosis_signs" in got and "limb_mottled" not in got


def test_a_leg_red_and_going_purple_near_a_cut_is_the_skin_sign() -> None:
    got = codes("cut my shin on rusty fencing 2 days ago, now the whole lower leg is red, going purple near the cut, "
                "pain way more than it looks, got a temp. im diabetic")
    assert "skin_necrosis_signs" in got


def test_a_limb_gone_purple_is_still_a_mottled_limb() -> None:
    assert "limb_mottled" in codes("husband's leg is mottled and bluish below the calf, he can't wiggle his toes")


def test_drawing_the_curtains_is_no_loss_of_sight() -> None:
    for text in ("头有点疼，我把窗帘拉上了，躺一会儿", "孩子发烧，拉上窗帘睡了", "屋里太晒，拉开窗帘又拉上了"):
        assert "vision_loss_sudden" not in codes(text), text


def test_a_curtain_over_the_sight_is_still_read() -> None:
    for text in ("右眼前面像拉了一道帘子，下半边看不见了", "眼睛前面好像有个帘子挡住了一半", "右眼像有个窗帘拉下来，遮住了上半边"):
        assert "vision_loss_sudden" in codes(text), text
